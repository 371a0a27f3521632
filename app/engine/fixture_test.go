package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"testing"
	"testing/fstest"

	"github.com/socready/socready/questionnaires"
)

// The mini library is small enough to reason about by hand: two categories,
// three series, four criteria, one fact and seven scored questions. Every
// criterion is covered at least twice, so a single mutation in a validation
// test breaks exactly one rule.
func miniFramework() Framework {
	return Framework{
		ID: "mini", Title: "Mini framework",
		Categories: []Category{
			{ID: "security", Title: "Security", Required: true, Description: "always in"},
			{ID: "availability", Title: "Availability", Description: "optional"},
		},
		Series: []Series{
			{ID: "S1", Category: "security", Title: "Series one"},
			{ID: "S2", Category: "security", Title: "Series two"},
			{ID: "A1", Category: "availability", Title: "Availability"},
		},
		Criteria: []Criterion{
			{ID: "S1.1", Category: "security", Series: "S1", Topic: "Policies"},
			{ID: "S1.2", Category: "security", Series: "S1", Topic: "Training"},
			{ID: "S2.1", Category: "security", Series: "S2", Topic: "Access"},
			{ID: "A1.1", Category: "availability", Series: "A1", Topic: "Backups"},
		},
	}
}

func mq(id string, crit []string, w int, test Test) Question {
	q := Question{ID: id, Kind: KindMaturity, Criteria: crit, Text: "Text of " + id + "?", Why: "Why " + id,
		Evidence: "Evidence for " + id, Remediation: "Fix " + id, Weight: w, Test: test,
		RemediationKind: RemediateProcess}
	if test == TestOperation {
		q.RemediationKind, q.Frequency = RemediateEvidence, Monthly
	}
	return q
}

func miniBank() Bank {
	policy := mq("s1-policy", []string{"S1.1", "S1.2"}, 3, TestDesign)
	policy.Key = true
	policy.Documents = []string{"policies"}
	review := mq("s1-review", []string{"S1.1"}, 2, TestOperation)
	review.Documents = []string{"evidence-log"}
	access := mq("s2-access", []string{"S2.1", "S1.1"}, 4, TestDesign)
	access.When = []Condition{{Question: "f-cloud", Is: Yes}}
	access.Documents = []string{"policies"}
	backup := mq("a1-backup", []string{"A1.1"}, 5, TestDesign)
	backup.Key = true
	return Bank{
		ID: "mini", Version: 1, Title: "Mini bank", Framework: "mini",
		Documents: []Document{
			{ID: "policies", Title: "Policies", Description: "d"},
			{ID: "evidence-log", Title: "Evidence log", Description: "d"},
			{ID: "org-chart", Title: "Org chart", Description: "d"},
		},
		Questions: []Question{
			{ID: "f-cloud", Kind: KindFact, Criteria: []string{}, Text: "Do you use a cloud provider?", Why: "Gates access questions.", Test: TestDesign},
			policy,
			review,
			mq("s1-train", []string{"S1.2"}, 1, TestDesign),
			access,
			mq("s2-ops", []string{"S2.1"}, 2, TestOperation),
			backup,
			mq("a1-test", []string{"A1.1"}, 3, TestOperation),
		},
	}
}

func miniScoping() ScopingSet {
	return ScopingSet{ID: "scoping", Version: 1, Questions: []ScopingQuestion{
		{ID: "sc-fin", Group: GroupReport, Text: "Financial?", Reports: []Report{SOC1}, Reason: "Financial reason."},
		{ID: "sc-sla", Group: GroupCategory, Text: "SLA?", Categories: []string{"availability"}, Reason: "SLA reason."},
	}}
}

// fixture is a library as Go values, turned into files on demand.
type fixture struct {
	fw      Framework
	bank    Bank
	scoping ScopingSet
	extra   map[string][]byte // raw files added or overriding
}

func newFixture() *fixture {
	return &fixture{fw: miniFramework(), bank: miniBank(), scoping: miniScoping(), extra: map[string][]byte{}}
}

func mustJSON(v any) []byte {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err)
	}
	return b
}

func (f *fixture) fs() fstest.MapFS {
	m := fstest.MapFS{
		"frameworks/mini.json": {Data: mustJSON(f.fw)},
		"mini.json":            {Data: mustJSON(f.bank)},
		"scoping.json":         {Data: mustJSON(f.scoping)},
	}
	for name, data := range f.extra {
		if data == nil {
			delete(m, name)
			continue
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

// loadMini loads the mini library (after optional changes) or fails the test.
func loadMini(t testing.TB) (*Bank, *Framework) {
	t.Helper()
	lib, err := LoadLibrary(newFixture().fs())
	if err != nil {
		t.Fatalf("mini library: %v", err)
	}
	return lib.Bank("mini"), lib.Framework("mini")
}

// tscFramework is the real 2017 TSC framework from the embedded files.
func tscFramework(t testing.TB) *Framework {
	t.Helper()
	data, err := fs.ReadFile(questionnaires.Files, "frameworks/tsc2017.json")
	if err != nil {
		t.Fatal(err)
	}
	fw := new(Framework)
	if err := decodeJSON(data, fw); err != nil {
		t.Fatal(err)
	}
	fw.ix = buildFwIndex(fw)
	return fw
}

// syntheticBank builds a valid bank over fw: one to three scored questions per
// criterion (a third of them operation, some key, some touching a second
// criterion of another category), and a few facts gating some of them.
func syntheticBank(fw *Framework, seed uint64) *Bank {
	r := rand.New(rand.NewPCG(seed, 7))
	b := &Bank{ID: "synthetic", Version: 1, Title: "Synthetic", Framework: fw.ID,
		Documents: []Document{{ID: "doc-a", Title: "A"}, {ID: "doc-b", Title: "B"}, {ID: "doc-c", Title: "C"}}}
	facts := []string{"fact-1", "fact-2", "fact-3"}
	for _, id := range facts {
		b.Questions = append(b.Questions, Question{ID: id, Kind: KindFact, Text: id + "?", Why: "gates", Test: TestDesign})
	}
	n := 0
	for _, c := range fw.Criteria {
		for range 1 + r.IntN(3) {
			n++
			test := TestDesign
			if r.IntN(3) == 0 {
				test = TestOperation
			}
			q := mq(fmt.Sprintf("q-%03d", n), []string{c.ID}, 1+r.IntN(5), test)
			if r.IntN(4) == 0 { // a second criterion, often in another category
				other := fw.Criteria[r.IntN(len(fw.Criteria))].ID
				if other != c.ID {
					q.Criteria = append(q.Criteria, other)
				}
			}
			q.Key = r.IntN(12) == 0
			if r.IntN(5) == 0 {
				q.Documents = []string{b.Documents[r.IntN(3)].ID}
			}
			if r.IntN(8) == 0 {
				is := Yes
				if r.IntN(2) == 0 {
					is = No
				}
				q.When = []Condition{{Question: facts[r.IntN(len(facts))], Is: is}}
			}
			b.Questions = append(b.Questions, q)
		}
	}
	b.ix = buildBankIndex(b, fw)
	return b
}

// randomAnswers answers every question of b at random, including unanswered,
// justified and unjustified N/A, and yes/no for facts.
func randomAnswers(b *Bank, r *rand.Rand) Answers {
	a := Answers{}
	for _, q := range b.Questions {
		if q.Kind == KindFact {
			switch r.IntN(3) {
			case 0:
				a[q.ID] = Answer{Choice: Yes}
			case 1:
				a[q.ID] = Answer{Choice: No}
			}
			continue
		}
		switch k := r.IntN(8); {
		case k == 0: // unanswered
		case k == 6:
			a[q.ID] = Answer{Choice: NA, Justification: "not relevant here"}
		case k == 7 && r.IntN(3) == 0:
			a[q.ID] = Answer{Choice: NA}
		default:
			a[q.ID] = Answer{Choice: Choice(1 + r.IntN(5))}
		}
	}
	return a
}

// allAnswers gives every scored question the same choice and every fact Yes.
func allAnswers(b *Bank, c Choice) Answers {
	a := Answers{}
	for _, q := range b.Questions {
		if q.Kind == KindFact {
			a[q.ID] = Answer{Choice: Yes}
		} else {
			a[q.ID] = Answer{Choice: c}
		}
	}
	return a
}

// realBank loads one embedded bank with the frameworks and their points of
// focus (not the rest of the library, so a problem in another bank does not
// hide this one). It skips the test when the bank file does not exist yet.
func realBank(t testing.TB, id string) (*Bank, *Framework) {
	t.Helper()
	name := id + ".json"
	if _, err := fs.Stat(questionnaires.Files, name); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("questionnaires/%s is not there yet: the real-bank part of this test needs it", name)
	}
	m := fstest.MapFS{}
	fwFiles, _ := fs.Glob(questionnaires.Files, "frameworks/*.json")
	pointFiles, _ := fs.Glob(questionnaires.Files, PointsDir+"/*.json")
	for _, f := range append(append(fwFiles, pointFiles...), name) {
		data, err := fs.ReadFile(questionnaires.Files, f)
		if err != nil {
			t.Fatal(err)
		}
		m[f] = &fstest.MapFile{Data: data}
	}
	lib, err := LoadLibrary(m)
	if err != nil {
		t.Fatalf("loading %s: %v", name, err)
	}
	b := lib.Bank(id)
	if b == nil {
		t.Fatalf("%s does not hold a bank with id %q", name, id)
	}
	return b, lib.Framework(b.Framework)
}

func allCategories(fw *Framework) []string {
	var ids []string
	for _, c := range fw.Categories {
		ids = append(ids, c.ID)
	}
	return ids
}
