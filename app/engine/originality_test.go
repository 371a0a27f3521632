package engine_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/socready/socready/app/internal/originality"
	"github.com/socready/socready/questionnaires"
)

// fingerprintFile holds the fingerprints of the source articles (written by
// make fingerprints); the articles are not in the repository.
const fingerprintFile = "testdata/source-fingerprints.txt"

// TestTextsShareNoRunWithSources: no text of any bank, framework, point of
// focus, scoping question, document or migration table shares a run of
// originality.RunLen words with the source articles. Every string of every
// embedded JSON file is checked, so a new field is covered without a change
// here; ids and short labels cannot match.
func TestTextsShareNoRunWithSources(t *testing.T) {
	f, err := os.Open(fingerprintFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := originality.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", fingerprintFile, err)
	}
	if len(set) < 1000 {
		t.Fatalf("%s holds %d fingerprints: run make fingerprints", fingerprintFile, len(set))
	}
	hits, checked, err := copiedRuns(questionnaires.Files, set)
	if err != nil {
		t.Fatal(err)
	}
	if checked < 500 {
		t.Fatalf("only %d texts checked: the walk missed the banks", checked)
	}
	for _, h := range hits {
		t.Errorf("shares 8 words in a row with a source article: %s", h)
	}
}

// TestCopiedRunsReports proves the check can fail and says where: a fixture
// fingerprint set made from a made-up source sentence, and fixture files that
// do and do not contain it.
func TestCopiedRunsReports(t *testing.T) {
	const source = "Management should confirm that every privileged account is reviewed by its owner each quarter."
	set := originality.NewSet(originality.Fingerprints(source))
	copied := `{"id": "soc2", "title": "Fixture", "questions": [
		{"id": "q-own", "text": "Who checks admin accounts, and how often?"},
		{"id": "q-copy", "text": "Ours.", "why": "We think management should confirm that every privileged account is reviewed."}
	], "documents": [{"id": "d1", "title": "Access policy", "description": "Every PRIVILEGED account is reviewed by its owner, each quarter: yes."}]}`
	for _, tc := range []struct {
		name string
		file string
		want []string
	}{
		{"own words", `{"id": "soc2", "questions": [{"id": "q1", "text": "Who reviews privileged accounts, and how often?"}]}`, nil},
		{"copied", copied, []string{
			`bank.json questions[q-copy].why: "management should confirm that every privileged account is"`,
			`bank.json questions[q-copy].why: "should confirm that every privileged account is reviewed"`,
			`bank.json documents[d1].description: "every privileged account is reviewed by its owner"`,
			`bank.json documents[d1].description: "privileged account is reviewed by its owner each"`,
			`bank.json documents[d1].description: "account is reviewed by its owner each quarter"`,
		}},
	} {
		fsys := fstest.MapFS{"bank.json": {Data: []byte(tc.file)}, "frameworks/x.json": {Data: []byte(`{"id": "x"}`)}}
		got, checked, err := copiedRuns(fsys, set)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if checked == 0 {
			t.Fatalf("%s: nothing checked", tc.name)
		}
		slices.Sort(got)
		slices.Sort(tc.want)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}

// copiedRuns checks every string of every *.json file under fsys and
// returns one line per copied run: file, JSON path (array items named by
// their "id"), and the run. checked counts the strings read.
func copiedRuns(fsys fs.FS, set originality.Set) (hits []string, checked int, err error) {
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".json") {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		walkStrings(v, "", func(path, s string) {
			checked++
			for _, run := range set.Matches(s) {
				hits = append(hits, fmt.Sprintf("%s %s: %q", name, path, run))
			}
		})
		return nil
	})
	return hits, checked, err
}

// walkStrings calls visit for every string in v with its path, such as
// "questions[cc6-access-review].why" or "categories[2].title".
func walkStrings(v any, path string, visit func(path, s string)) {
	switch v := v.(type) {
	case string:
		visit(path, v)
	case []any:
		for i, item := range v {
			key := fmt.Sprint(i)
			if obj, ok := item.(map[string]any); ok {
				if id, ok := obj["id"].(string); ok {
					key = id
				}
			}
			walkStrings(item, fmt.Sprintf("%s[%s]", path, key), visit)
		}
	case map[string]any:
		for k, item := range v {
			p := k
			if path != "" {
				p = path + "." + k
			}
			walkStrings(item, p, visit)
		}
	}
}
