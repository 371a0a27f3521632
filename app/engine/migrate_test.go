package engine

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// miniV1 is the mini bank's version 1 question order.
var miniV1 = []string{"f-cloud", "s1-policy", "s1-review", "s1-train", "s2-access", "s2-ops", "a1-backup", "a1-test"}

// miniV2 is the mini bank after a release that merges s1-train into
// s1-policy, splits s2-access, renames s2-ops, removes a1-test and adds
// a1-restore; miniMigration records it.
func miniV2() *Bank {
	b := miniBank()
	b.Version = 2
	q := map[string]Question{}
	for _, x := range b.Questions {
		q[x.ID] = x
	}
	admin, staff := q["s2-access"], q["s2-access"]
	admin.ID, staff.ID = "s2-access-admin", "s2-access-staff"
	ops := q["s2-ops"]
	ops.ID = "s2-ops-review"
	restore := mq("a1-restore", []string{"A1.1"}, 3, TestOperation)
	b.Questions = []Question{q["f-cloud"], q["s1-policy"], q["s1-review"], admin, staff, ops, q["a1-backup"], restore}
	return &b
}

func miniMigration() *Migration {
	return &Migration{
		Bank: "mini", From: 1, To: 2,
		Merged: []Merge{
			{Into: "s1-policy", From: []string{"s1-policy", "s1-train"}, Reason: "one question for the policy and its training"},
			{Into: "s2-ops-review", From: []string{"s2-ops"}},
		},
		Split:   []Split{{From: "s2-access", Into: []string{"s2-access-admin", "s2-access-staff"}}},
		Removed: []Removal{{ID: "a1-test", Reason: "asked by a1-restore"}},
	}
}

func TestMergeAnswers(t *testing.T) {
	op, doc, part := Answer{Choice: Operating}, Answer{Choice: Documented}, Answer{Choice: Partial}
	na := func(why string) Answer { return Answer{Choice: NA, Justification: why} }
	for _, tc := range []struct {
		name       string
		kind       Kind
		srcs       []Answer
		want       Answer
		wantReview bool
	}{
		{"lowest on the scale", KindMaturity, []Answer{op, part, doc}, part, false},
		{"one source is a rename", KindMaturity, []Answer{doc}, doc, false},
		{"not started is an answer, and the lowest", KindMaturity, []Answer{op, {Choice: NotStarted}}, Answer{Choice: NotStarted}, false},
		{"unanswered is left out, then review", KindMaturity, []Answer{op, {}}, op, true},
		{"nothing answered stays unanswered", KindMaturity, []Answer{{}, {}}, Answer{}, false},
		{"N/A does not pull an answer down; its reason goes to the note", KindMaturity,
			[]Answer{na("No offices."), doc}, Answer{Choice: Documented, Note: "No offices."}, false},
		{"all N/A: N/A with the reasons joined", KindMaturity,
			[]Answer{na("No offices."), na("No staff on site."), na("No offices.")},
			Answer{Choice: NA, Justification: "No offices.\n\nNo staff on site."}, false},
		{"N/A and unanswered: N/A, review", KindMaturity, []Answer{na("Cloud only."), {}}, na("Cloud only."), true},
		{"notes kept in source order, without repeats", KindMaturity,
			[]Answer{{Choice: Planned, Note: "Q3 plan."}, {Choice: Operating, Note: " Owner: Ana. "}, {Choice: Partial, Note: "Q3 plan."}},
			Answer{Choice: Planned, Note: "Q3 plan.\n\nOwner: Ana."}, false},
		{"a note on an unanswered source is kept", KindMaturity,
			[]Answer{{Note: "Ask IT."}, part}, Answer{Choice: Partial, Note: "Ask IT."}, true},
		{"facts that agree", KindFact, []Answer{{Choice: Yes}, {Choice: Yes}}, Answer{Choice: Yes}, false},
		{"facts that disagree: unanswered, review", KindFact, []Answer{{Choice: Yes}, {Choice: No}}, Answer{}, true},
		{"an answer of the wrong kind counts as unanswered", KindFact, []Answer{{Choice: Yes}, doc}, Answer{Choice: Yes}, true},
	} {
		got, review := MergeAnswers(tc.kind, tc.srcs)
		if got != tc.want || review != tc.wantReview {
			t.Errorf("%s: got %+v review %v, want %+v review %v", tc.name, got, review, tc.want, tc.wantReview)
		}
	}
}

func TestMigrate(t *testing.T) {
	bank, m := miniV2(), miniMigration()
	if err := m.Check(miniV1, bank); err != nil {
		t.Fatalf("the fixture table is invalid: %v", err)
	}
	a := Assessment{ID: "x", Name: "Acme", Bank: "mini", BankVersion: 1, Scope: Scope{Report: SOC2, Type: TypeII, Window: 6}, Answers: Answers{
		"f-cloud":   {Choice: Yes},
		"s1-policy": {Choice: Operating, Note: "Policy v3."},
		"s1-review": {Choice: Partial},
		"s1-train":  {Choice: Planned, Note: "LMS chosen."},
		"s2-access": {Choice: Documented, Note: "Okta."},
		"s2-ops":    {Choice: NA, Justification: "No production yet."},
		"a1-test":   {Choice: Partial},
		"soc1-x":    {Choice: Planned}, // from another bank, before the report changed
	}}
	before := reflect.ValueOf(a.Answers).Pointer()
	got, n := Migrate(a, miniV1, m, bank)
	want := Answers{
		"f-cloud":         {Choice: Yes},
		"s1-policy":       {Choice: Planned, Note: "Policy v3.\n\nLMS chosen."},
		"s1-review":       {Choice: Partial},
		"s2-access-admin": {Choice: Documented, Note: "Okta."},
		"s2-access-staff": {Choice: Documented, Note: "Okta."},
		"s2-ops-review":   {Choice: NA, Justification: "No production yet."},
		"soc1-x":          {Choice: Planned},
	}
	if !reflect.DeepEqual(got.Answers, want) {
		t.Errorf("answers:\n got %v\nwant %v", got.Answers, want)
	}
	if got.BankVersion != 2 || got.Bank != "mini" || got.Name != "Acme" || got.Scope.Window != 6 {
		t.Errorf("the rest of the assessment changed: %+v", got)
	}
	if reflect.ValueOf(a.Answers).Pointer() != before || len(a.Answers) != 8 || a.BankVersion != 1 {
		t.Error("the caller's assessment was modified")
	}
	wantNotice := &MigrationNotice{From: 1, To: 2,
		New:     []string{"a1-restore"},
		Review:  []string{"s2-access-admin", "s2-access-staff"},
		Dropped: []string{"a1-test"},
	}
	if !reflect.DeepEqual(n, wantNotice) {
		t.Errorf("notice:\n got %+v\nwant %+v", n, wantNotice)
	}

	// An unanswered split question gives unanswered parts, not to review.
	_, n = Migrate(Assessment{BankVersion: 1, Answers: Answers{}}, miniV1, m, bank)
	if len(n.Review) != 0 || len(n.Dropped) != 0 || !slices.Equal(n.New, []string{"a1-restore"}) {
		t.Errorf("empty assessment: %+v", n)
	}
}

// TestMigrateEmptyTable: a version that only adds questions needs no table.
func TestMigrateEmptyTable(t *testing.T) {
	b := miniBank()
	b.Version = 2
	b.Questions = append(b.Questions, mq("a1-restore", []string{"A1.1"}, 3, TestOperation))
	m := b.MigrationFrom(1)
	if err := m.Check(miniV1, &b); err != nil {
		t.Fatal(err)
	}
	a := Assessment{BankVersion: 1, Answers: Answers{"s1-policy": {Choice: Operating}}}
	got, n := Migrate(a, miniV1, m, &b)
	if !reflect.DeepEqual(got.Answers, a.Answers) || !slices.Equal(n.New, []string{"a1-restore"}) || len(n.Review)+len(n.Dropped) != 0 {
		t.Errorf("got %v, %+v", got.Answers, n)
	}
}

// TestCheckMigration: each broken table is refused with a problem naming
// the question and what is wrong.
func TestCheckMigration(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(m *Migration, b *Bank)
		want   string // in the error, with the question id
	}{
		{"forgets a version 1 id", func(m *Migration, b *Bank) { m.Removed = nil },
			`question "a1-test": a question of version 1 that is neither in the bank nor merged, split or removed`},
		{"source not in version 1", func(m *Migration, b *Bank) { m.Removed = append(m.Removed, Removal{ID: "zz", Reason: "x"}) },
			`question "zz": field removed[1].id: removed[1]: not a question of version 1`},
		{"source listed twice", func(m *Migration, b *Bank) { m.Removed = append(m.Removed, Removal{ID: "s1-train", Reason: "x"}) },
			`question "s1-train": field removed[1].id: removed[1]: already a source of merged[0]`},
		{"target not in the bank", func(m *Migration, b *Bank) { m.Split[0].Into[1] = "s2-nope" },
			`question "s2-nope": field split[0].into: split[0] (from "s2-access"): not a question of the bank's version 2`},
		{"target filled twice", func(m *Migration, b *Bank) { m.Merged[1].Into = "s2-access-admin" },
			`already filled by`},
		{"kept id taking other answers", func(m *Migration, b *Bank) { m.Merged[0].From = []string{"s1-train"} },
			`question "s1-policy": field merged[0].into: merged[0] (into "s1-policy"): kept from version 1`},
		{"merged source still in the bank", func(m *Migration, b *Bank) {
			m.Merged[1].From = []string{"s2-ops", "s1-review"}
		}, `question "s1-review": field merged[1].from: merged[1] (into "s2-ops-review"): still in the bank`},
		{"removed but still there", func(m *Migration, b *Bank) { m.Removed = append(m.Removed, Removal{ID: "a1-backup", Reason: "x"}) },
			`question "a1-backup": field removed[1].id: removed, yet still in the bank`},
		{"removal without a reason", func(m *Migration, b *Bank) { m.Removed[0].Reason = " " },
			`field removed[0].reason: say why`},
		{"split in one part", func(m *Migration, b *Bank) {
			m.Split[0].Into = m.Split[0].Into[:1]
			m.Merged = append(m.Merged, Merge{Into: "s2-access-staff", From: []string{}})
		}, `a split needs at least two parts`},
		{"merge without sources", func(m *Migration, b *Bank) { m.Merged[1].From = nil },
			`a merge needs at least one source`},
		{"to is not the bank's version", func(m *Migration, b *Bank) { b.Version = 3 },
			`field to: version 2, but the bank is version 3`},
		{"another bank", func(m *Migration, b *Bank) { m.Bank = "soc2" }, `field bank: "soc2" is not the bank "mini"`},
	} {
		m, b := miniMigration(), miniV2()
		tc.change(m, b)
		err := m.Check(miniV1, b)
		var ve ValidationErrors
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v\nwant a problem containing %s", tc.name, err, tc.want)
		}
	}
}

// TestLoadMigrations: a table in migrations/ is checked against its bank and
// attached to it; a wrong one stops the library from loading.
func TestLoadMigrations(t *testing.T) {
	load := func(change func(m *Migration), name string) (*Library, error) {
		f := newFixture()
		f.bank = *miniV2()
		m := miniMigration()
		if change != nil {
			change(m)
		}
		f.extra[name] = mustJSON(m)
		return LoadLibrary(f.fs())
	}
	lib, err := load(nil, "migrations/mini-1-to-2.json")
	if err != nil {
		t.Fatal(err)
	}
	b := lib.Bank("mini")
	if got := b.MigrationFrom(1); len(b.Migrations) != 1 || got != b.Migrations[0] || len(got.Merged) != 2 {
		t.Fatalf("migration not attached: %+v", b.Migrations)
	}
	if got := b.MigrationFrom(7); got.From != 7 || got.To != 2 || len(got.Merged)+len(got.Split)+len(got.Removed) != 0 {
		t.Errorf("no table recorded must give an empty one: %+v", got)
	}
	for _, tc := range []struct {
		name   string
		change func(m *Migration)
		file   string
		want   string
	}{
		{"misnamed", nil, "migrations/mini-v2.json", "is named mini-1-to-2.json"},
		{"unknown bank", func(m *Migration) { m.Bank = "nope" }, "migrations/nope-1-to-2.json", `no bank "nope"`},
		{"target not in the bank", func(m *Migration) { m.Merged[1].Into = "zz" }, "migrations/mini-1-to-2.json", `question "zz"`},
		{"ahead of the bank", func(m *Migration) { m.To = 3 }, "migrations/mini-1-to-3.json", "but the bank is version 2"},
	} {
		if _, err := load(tc.change, tc.file); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
	f := newFixture()
	f.extra["migrations/mini-1-to-2.json"] = []byte(`{"bank": "mini", "from": 1, "to": 2, "renamed": []}`)
	if _, err := LoadLibrary(f.fs()); err == nil || !strings.Contains(err.Error(), "renamed") {
		t.Errorf("unknown field: got %v", err)
	}
}
