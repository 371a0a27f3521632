package share

import "github.com/socready/socready/app/engine"

// BankSource is the part of the app's library a Lookup needs
// (*engine.Library has it).
type BankSource interface {
	Bank(id string) *engine.Bank
}

// LookupFrom serves the current banks of src and, for links made before a
// bank changed, the older versions given and those this package keeps
// (banks/*.txt, see versions.go). A link names the bank version whose
// question order its answers follow, so reading an old link needs that
// version's question ids in order (texts are not needed: answers are keyed
// by id, then migrated to the current bank). Versions neither given nor kept
// give ErrUnknownBankVersion.
func LookupFrom(src BankSource, older ...*engine.Bank) Lookup {
	return func(id string, version int) (*engine.Bank, bool) {
		cur := src.Bank(id)
		if cur != nil && (version == 0 || version == cur.Version) {
			return cur, true
		}
		for _, b := range older {
			if b.ID == id && b.Version == version && version != 0 {
				return b, true
			}
		}
		if cur != nil && version < cur.Version {
			return heldVersion(id, version)
		}
		return nil, false
	}
}
