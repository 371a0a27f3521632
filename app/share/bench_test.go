package share

import (
	"testing"
)

// BenchmarkEncode and BenchmarkDecode measure a complete SOC 2 assessment
// (130 questions, all answered, no notes) on the synthetic bank.
func BenchmarkEncode(b *testing.B) {
	bank := synthBank(130, 1)
	a := completeAssessment(bank, false)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(a, bank, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	bank := synthBank(130, 1)
	frag, err := Encode(completeAssessment(bank, false), bank, Options{})
	if err != nil {
		b.Fatal(err)
	}
	lookup := lookupOf(bank)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(frag, lookup); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeNotes(b *testing.B) {
	bank := synthBank(130, 1)
	a := completeAssessment(bank, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(a, bank, Options{Notes: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKeyDerivation is the cost of opening (or making) a protected link:
// PBKDF2-SHA256 at the iteration count links are made with. Run it with
// GOOS=js GOARCH=wasm (see the Makefile's bench target) for the browser cost.
func BenchmarkKeyDerivation(b *testing.B) {
	salt := make([]byte, saltLen)
	for b.Loop() {
		if _, err := newAEAD("correct horse battery staple", salt, iterations); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExport(b *testing.B) {
	bank := synthBank(130, 1)
	a := completeAssessment(bank, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Export(a, bank, exportTime); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImport(b *testing.B) {
	bank := synthBank(130, 1)
	data, err := Export(completeAssessment(bank, true), bank, exportTime)
	if err != nil {
		b.Fatal(err)
	}
	lookup := lookupOf(bank)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(data, lookup); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQRSVG(b *testing.B) {
	bank := synthBank(130, 1)
	frag, _ := Encode(completeAssessment(bank, false), bank, Options{})
	url := "https://socready.example/#" + frag
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := QRSVG(url); !ok {
			b.Fatal("not drawn")
		}
	}
}
