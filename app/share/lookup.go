package share

import "github.com/socready/socready/app/engine"

// BankSource is the part of the app's library a Lookup needs
// (*engine.Library has it).
type BankSource interface {
	Bank(id string) *engine.Bank
}

// LookupFrom serves the current banks of src and, for links made before a
// bank changed, the older versions given. A link names the bank version whose
// question order its answers follow, so reading an old link needs that
// version's question ids in order (texts are not needed: answers are then
// keyed by id and shown against the current bank). When a released bank
// reorders, removes or inserts questions, keep its previous question-id list
// and pass it here; until then old links give ErrUnknownBankVersion.
func LookupFrom(src BankSource, older ...*engine.Bank) Lookup {
	return func(id string, version int) (*engine.Bank, bool) {
		if cur := src.Bank(id); cur != nil && (version == 0 || version == cur.Version) {
			return cur, true
		}
		for _, b := range older {
			if b.ID == id && b.Version == version && version != 0 {
				return b, true
			}
		}
		return nil, false
	}
}
