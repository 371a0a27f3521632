package engine

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"testing"

	"github.com/socready/socready/questionnaires"
)

// BenchmarkLoadLibrary decodes and validates every embedded bank, framework
// and the scoping questions, and builds the indexes: the app's start-up cost
// (natively with goccy/go-json; the wasm uses encoding/json).
func BenchmarkLoadLibrary(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadLibrary(questionnaires.Files); err != nil {
			b.Fatal(err)
		}
	}
}

// benchAssessment is a fully answered five-category SOC 2 Type II: the real
// bank when it exists, else a synthetic bank over the real framework.
func benchAssessment(b *testing.B) (*Bank, *Framework, Scope, Answers) {
	var bank *Bank
	var fw *Framework
	if _, err := fs.Stat(questionnaires.Files, "soc2.json"); errors.Is(err, fs.ErrNotExist) {
		b.Log("questionnaires/soc2.json is missing: benchmarking a synthetic bank instead")
		fw = tscFramework(b)
		bank = syntheticBank(fw, 1)
	} else {
		bank, fw = realBank(b, "soc2")
	}
	r := rand.New(rand.NewPCG(42, 42))
	ans := Answers{}
	for _, q := range bank.Questions {
		if q.Kind == KindFact {
			ans[q.ID] = Answer{Choice: Yes}
			continue
		}
		ans[q.ID] = Answer{Choice: Choice(1 + r.IntN(5))}
	}
	scope := Scope{Report: SOC2, Type: TypeII, Window: 6, Categories: allCategories(fw)}
	b.Logf("bank %q: %d questions", bank.ID, len(bank.Questions))
	return bank, fw, scope, ans
}

func BenchmarkScoreSOC2TypeIIFull(b *testing.B) {
	bank, fw, scope, ans := benchAssessment(b)
	b.ReportAllocs()
	for b.Loop() {
		if r := Score(bank, fw, scope, ans); !r.HasReadiness {
			b.Fatal("no score")
		}
	}
}

func BenchmarkGapsSOC2TypeIIFull(b *testing.B) {
	bank, fw, scope, ans := benchAssessment(b)
	b.ReportAllocs()
	for b.Loop() {
		if len(Gaps(bank, fw, scope, ans)) == 0 {
			b.Fatal("no gaps")
		}
	}
}

// BenchmarkWholeReport is what the results page computes per change in the
// engine; app/plan's BenchmarkPlan adds the plan and the cost.
func BenchmarkWholeReport(b *testing.B) {
	bank, fw, scope, ans := benchAssessment(b)
	b.ReportAllocs()
	for b.Loop() {
		Score(bank, fw, scope, ans)
		Gaps(bank, fw, scope, ans)
		Checklist(bank, fw, scope, ans)
	}
}
