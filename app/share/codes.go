package share

import "github.com/socready/socready/app/engine"

// The tables below give ids their numbers in the link format. They are part of
// that format: append new entries, never reorder, renumber or remove one, or
// links already sent would be misread.

// bankCodes numbers the question banks (0 is never used).
var bankCodes = []string{1: "soc2", 2: "soc1"}

// reportCodes and typeCodes number the scope's report and audit type; 0 is
// "not chosen yet".
var (
	reportCodes = []engine.Report{0: "", 1: engine.SOC1, 2: engine.SOC2, 3: engine.SOC3}
	typeCodes   = []engine.AuditType{0: "", 1: engine.TypeI, 2: engine.TypeII}
)

// categoryBits gives each category id its bit in the scope's category mask.
var categoryBits = []string{
	0: "security", 1: "availability", 2: "processing_integrity", 3: "confidentiality", 4: "privacy",
	5: "entity", 6: "itgc", 7: "business",
}

// bankCategories lists the categories each bank's framework defines, so that
// a link or file naming another bank's category is rejected.
var bankCategories = map[string][]string{
	"soc2": {"security", "availability", "processing_integrity", "confidentiality", "privacy"},
	"soc1": {"entity", "itgc", "business"},
}

// windows are the Type II observation windows in months (0: not chosen yet).
var windows = []int{0, 3, 6, 12}

func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

// bankCode returns the bank's number, or 0 if the link format has none.
func bankCode(id string) byte {
	if i := indexOf(bankCodes, id); i > 0 {
		return byte(i)
	}
	return 0
}

// categoryMask packs category ids into bits; ok is false for an id that has
// no bit.
func categoryMask(ids []string) (mask uint64, ok bool) {
	for _, id := range ids {
		i := indexOf(categoryBits, id)
		if i < 0 {
			return 0, false
		}
		mask |= 1 << i
	}
	return mask, true
}

// categoryList unpacks a mask in bit order; ok is false if a bit has no id.
func categoryList(mask uint64) (ids []string, ok bool) {
	for i := 0; mask != 0; i++ {
		if mask&1 != 0 {
			if i >= len(categoryBits) {
				return nil, false
			}
			ids = append(ids, categoryBits[i])
		}
		mask >>= 1
	}
	return ids, true
}
