//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// exportFile writes an assessment as the app exports it: SOC 2 Security
// Type II, 6-month window, every question answered with choice.
func exportFile(t *testing.T, choice engine.Choice) string {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	s := lib.NormalizeScope(engine.Scope{Report: engine.SOC2, Categories: []string{"security"}, Type: engine.TypeII, Window: 6})
	b, _ := lib.BankFor(s)
	a := engine.Assessment{ID: "a1", Name: "Acme", Created: "2026-11-01T10:00:00Z", Updated: "2026-11-02T10:00:00Z",
		Bank: b.ID, BankVersion: b.Version, Scope: s, Answers: engine.Answers{},
		Plan: &engine.PlanInputs{Size: engine.Size11to50, People: 1}}
	for _, q := range b.Questions {
		if q.Kind == engine.KindFact {
			a.Answers[q.ID] = engine.Answer{Choice: engine.Yes}
		} else {
			a.Answers[q.ID] = engine.Answer{Choice: choice}
		}
	}
	data, err := share.Export(a, b, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "acme.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReportCommand(t *testing.T) {
	documented := exportFile(t, engine.Documented)
	scratch := exportFile(t, engine.NotStarted)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"schema":"socready.assessment","schema_version":1,"bogus":true}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings
		stderr []string
	}{
		{"text", []string{"-today", "2026-11-30", documented}, 0,
			[]string{"Acme", "Where you stand: Ready to start your observation window", "Preparation: 2 weeks", "Observation window opens: 2026-12-14", "Outside costs, first year: $25,000 – $65,000"}, nil}, // Type II audit $20k–$45k + penetration test $5k–$20k
		{"below minimum", []string{"-today", "2026-11-30", "-min-readiness", "50", scratch}, 3,
			[]string{"Design gaps remain"}, []string{"below the minimum 50"}},
		{"at minimum", []string{"-today", "2026-11-30", "-min-readiness", "0", scratch}, 0, nil, nil},
		{"bad file", []string{bad}, 1, nil, []string{share.ErrUnknownField.Error()}},
		{"missing file", []string{filepath.Join(t.TempDir(), "none.json")}, 1, nil, []string{"no such file"}},
		{"no file", []string{"-today", "2026-11-30"}, 2, nil, []string{"usage: socready report"}},
		{"bad date", []string{"-today", "30/11/2026", documented}, 2, nil, []string{"is not a date"}},
		{"bad format", []string{"-format", "xml", documented}, 2, nil, []string{"unknown format"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(append([]string{"report"}, tt.args...), &out, &errOut)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut.String())
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(errOut.String(), s) {
					t.Errorf("stderr lacks %q: %s", s, errOut.String())
				}
			}
		})
	}
}

// TestReportJSONIsReproducible: with -today the JSON output is the same on
// every run, and it carries the figures a CI gate needs.
func TestReportJSONIsReproducible(t *testing.T) {
	path := exportFile(t, engine.Partial)
	var first string
	for range 2 {
		var out, errOut bytes.Buffer
		if code := run([]string{"report", "-format", "json", "-today", "2026-11-30", path}, &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if first != "" && out.String() != first {
			t.Fatal("two runs differ")
		}
		first = out.String()
	}
	var got struct {
		Score float64 `json:"readiness_score"`
		State string  `json:"state"`
		Plan  struct {
			PrepWeeks      int    `json:"preparation_weeks"`
			ReportEarliest string `json:"report_earliest"`
		} `json:"plan"`
		Gaps []struct{ Question string } `json:"gaps"`
	}
	if err := json.Unmarshal([]byte(first), &got); err != nil {
		t.Fatal(err)
	}
	if got.Score <= 0 || got.Score >= 100 || got.State != "design-gaps" || got.Plan.PrepWeeks <= 2 || got.Plan.ReportEarliest <= "2027-06-01" || len(got.Gaps) == 0 {
		t.Errorf("unexpected report: %+v", got)
	}
}
