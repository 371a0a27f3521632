package share

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"github.com/socready/socready/app/engine"
)

// synthBank builds a SOC 2-like bank of n questions: every 15th is a yes/no
// fact, the rest maturity questions, spread over the five categories' series.
func synthBank(n, version int) *engine.Bank {
	series := []string{"CC1.1", "CC2.1", "CC3.2", "CC4.1", "CC5.2", "CC6.1", "CC7.2", "CC8.1", "CC9.2", "A1.2", "PI1.3", "C1.1", "P4.1"}
	b := &engine.Bank{ID: "soc2", Version: version, Title: "Synthetic SOC 2", Framework: "tsc2017"}
	for i := 0; i < n; i++ {
		q := engine.Question{
			ID:       fmt.Sprintf("q%03d", i),
			Criteria: []string{series[i%len(series)]},
			Text:     fmt.Sprintf("Does control number %d exist and run?", i),
			Weight:   1 + i%5,
			Test:     engine.TestDesign,
		}
		if i%15 == 7 {
			q.Kind = engine.KindFact
			q.Criteria = nil
		}
		if i%4 == 3 {
			q.Test = engine.TestOperation
		}
		b.Questions = append(b.Questions, q)
	}
	return b
}

// completeAssessment answers every question of bank: a spread of maturity
// values, yes/no for facts, and a few N/A with their required justification.
// withNotes adds a short note to every fifth question.
func completeAssessment(bank *engine.Bank, withNotes bool) engine.Assessment {
	a := engine.Assessment{
		ID: "a1", Name: "SOC 2 readiness 2026", Organization: "Example Cloud, Inc.",
		Created: "2026-03-01T09:00:00Z", Updated: "2026-03-04T17:30:00Z",
		Bank: bank.ID, BankVersion: bank.Version,
		Scope: engine.Scope{
			Report: engine.SOC2, Type: engine.TypeII, Window: 6, Start: "2026-07-01",
			Categories: []string{"security", "availability", "processing_integrity", "confidentiality", "privacy"},
		},
		Answers: engine.Answers{},
	}
	seq := []engine.Choice{engine.Operating, engine.Documented, engine.Operating, engine.Partial, engine.Documented, engine.Planned, engine.Operating, engine.NotStarted}
	for i, q := range bank.Questions {
		var ans engine.Answer
		switch {
		case q.Kind == engine.KindFact:
			ans.Choice = engine.Yes
			if i%2 == 0 {
				ans.Choice = engine.No
			}
		case i%29 == 11:
			ans = engine.Answer{Choice: engine.NA, Justification: "Hosted on a cloud provider; no facilities of our own."}
		default:
			ans.Choice = seq[(i*7+i/3)%len(seq)]
		}
		if withNotes && i%5 == 0 {
			ans.Note = fmt.Sprintf("Owner: platform team; ticket SEC-%d; reviewed quarterly.", 100+i)
		}
		a.Answers[q.ID] = ans
	}
	return a
}

// lookupOf serves the given bank versions; the highest is the current one.
func lookupOf(banks ...*engine.Bank) Lookup {
	return func(id string, version int) (*engine.Bank, bool) {
		var best *engine.Bank
		for _, b := range banks {
			if b.ID != id {
				continue
			}
			if version == b.Version {
				return b, true
			}
			if version == 0 && (best == nil || b.Version > best.Version) {
				best = b
			}
		}
		return best, best != nil
	}
}

// frame builds a link by hand from the format description in link.go, with a
// correct length and checksum, so tests can feed the decoder bodies the
// encoder would never write.
func frame(version, flags byte, payload []byte) string {
	n := 2 + len(payload) + crcLen
	b := []byte{byte(n >> 16), byte(n >> 8), byte(n), version, flags}
	b = append(b, payload...)
	b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[3:]))
	return Prefix + b64.EncodeToString(b)
}

// body builds a results body field by field, like resultsBody but without
// any validation.
type bodyBuilder struct{ w writer }

func newResultsBody(bankCode byte, version int) *bodyBuilder {
	return newResultsBodyWith(bankCode, version, []byte{2, 1, 0}, 1, 0, 0) // SOC 2, Type I, no window, security
}

// newResultsBodyWith writes the raw scope bytes (report, type, window), the
// category mask, the start day field and the updated field as given.
func newResultsBodyWith(bankCode byte, version int, scope []byte, mask, startField, updated uint64) *bodyBuilder {
	bb := &bodyBuilder{}
	bb.w.byte(bankCode)
	bb.w.uvarint(uint64(version))
	bb.w.bytes(scope)
	bb.w.uvarint(mask)
	bb.w.uvarint(startField)
	bb.w.uvarint(updated)
	bb.w.string("")
	bb.w.string("")
	return bb
}

// answers writes the count and packed nibbles of choices.
func (bb *bodyBuilder) answers(choices ...byte) *bodyBuilder {
	bb.w.uvarint(uint64(len(choices)))
	packed := make([]byte, (len(choices)+1)/2)
	for i, c := range choices {
		packed[i/2] |= c << (4 * (1 - i%2))
	}
	bb.w.bytes(packed)
	return bb
}

// texts writes one texts section of (gap, text) pairs.
func (bb *bodyBuilder) texts(pairs ...any) *bodyBuilder {
	bb.w.uvarint(uint64(len(pairs) / 2))
	for i := 0; i < len(pairs); i += 2 {
		bb.w.uvarint(uint64(pairs[i].(int)))
		bb.w.string(pairs[i+1].(string))
	}
	return bb
}

func (bb *bodyBuilder) bytes() []byte { return bb.w.b }

// crcAfterRest is the link checksum computed from the format description.
func crcAfterRest(data []byte) uint32 { return crc32.ChecksumIEEE(data[3 : len(data)-4]) }

func be32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
