package engine

import (
	"io/fs"
	"path"
	"sort"
	"strings"
)

// A Library is every framework, question bank and the scoping questions,
// decoded, validated and indexed once. It is read-only after loading and safe
// to share between goroutines.
type Library struct {
	frameworks []*Framework // in file-name order
	banks      []*Bank      // in file-name order
	scoping    *ScopingSet
	crosswalks []*Crosswalk      // crosswalks/*.json, in file-name order
	files      map[string]string // bank or framework id → file it came from
}

// ScopingFile is the file that holds the scoping questions; every other
// top-level JSON file is a question bank.
const ScopingFile = "scoping.json"

// LoadLibrary reads frameworks/*.json, their points of focus (points/*.json),
// scoping.json and every other top-level *.json file of fsys as a Bank, then
// validates everything. It returns all problems at once as ValidationErrors;
// on error the library is nil.
func LoadLibrary(fsys fs.FS) (*Library, error) {
	var errs ValidationErrors
	lib := &Library{files: map[string]string{}}

	fwFiles, err := fs.Glob(fsys, "frameworks/*.json")
	if err != nil {
		return nil, err
	}
	fwByID := map[string]*Framework{}
	for _, name := range fwFiles {
		p := problems{file: name, errs: &errs}
		fw := new(Framework)
		if !readJSON(fsys, p, name, fw) {
			continue
		}
		validateFramework(p, fw)
		if prev, dup := lib.files[fw.ID]; dup && fw.ID != "" {
			p.add("", "id", "framework id %q is already used by %s", fw.ID, prev)
			continue
		}
		lib.files[fw.ID] = name
		fwByID[fw.ID] = fw
		lib.frameworks = append(lib.frameworks, fw)
	}
	unreadPoints, err := loadPoints(fsys, fwByID, &errs)
	if err != nil {
		return nil, err
	}
	for _, fw := range lib.frameworks {
		fw.ix = buildFwIndex(fw)
	}

	top, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	bankIDs := map[string]string{}
	for _, name := range top {
		p := problems{file: name, errs: &errs}
		if name == ScopingFile {
			s := new(ScopingSet)
			if readJSON(fsys, p, name, s) {
				lib.scoping = s
			}
			continue
		}
		b := new(Bank)
		if !readJSON(fsys, p, name, b) {
			continue
		}
		fw := fwByID[b.Framework]
		validateBank(p, b, fw)
		if !unreadPoints[b.Framework] { // else every citation would be a problem too
			validateQuestionPoints(p, b, fw)
		}
		if prev, dup := bankIDs[b.ID]; dup {
			p.add("", "id", "bank id %q is already used by %s", b.ID, prev)
			continue
		}
		bankIDs[b.ID] = name
		if fw != nil {
			b.ix = buildBankIndex(b, fw)
		}
		lib.banks = append(lib.banks, b)
	}
	if err := loadMigrations(fsys, lib.banks, &errs); err != nil {
		return nil, err
	}
	if err := lib.loadCrosswalks(fsys, fwByID, &errs); err != nil {
		return nil, err
	}
	if len(lib.banks) == 0 && len(errs) == 0 {
		errs = append(errs, &ValidationError{File: ".", Problem: "no question bank found (expected top-level *.json files)"})
	}
	if lib.scoping != nil {
		cats := map[string]bool{}
		for _, fw := range lib.frameworks {
			for _, c := range fw.Categories {
				cats[c.ID] = true
			}
		}
		validateScoping(problems{file: ScopingFile, errs: &errs}, lib.scoping, cats)
	}
	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool { return fileOrder(errs[i].File) < fileOrder(errs[j].File) })
		return nil, errs
	}
	return lib, nil
}

// fileOrder sorts frameworks first, then their points, then top-level files
// by name.
func fileOrder(name string) string {
	switch path.Dir(name) {
	case "frameworks":
		return "0" + name
	case PointsDir:
		return "1" + name
	case CrosswalkDir:
		return "3" + name
	}
	return "2" + name
}

// loadPoints reads points/<framework id>.json for each framework that has one,
// validates it and attaches it to the framework. It returns the frameworks
// whose points file could not be read.
func loadPoints(fsys fs.FS, fwByID map[string]*Framework, errs *ValidationErrors) (unread map[string]bool, err error) {
	files, err := fs.Glob(fsys, PointsDir+"/*.json")
	if err != nil {
		return nil, err
	}
	unread = map[string]bool{}
	for _, name := range files {
		p := problems{file: name, errs: errs}
		id := strings.TrimSuffix(path.Base(name), ".json")
		fw := fwByID[id]
		if fw == nil {
			p.add("", "", "no framework %q for these points of focus (the file is named after its framework id)", id)
			continue
		}
		var pts []PointOfFocus
		if !readJSON(fsys, p, name, &pts) {
			unread[id] = true
			continue
		}
		validatePoints(p, fw, pts)
		fw.points = pts
	}
	return unread, nil
}

// readJSON reads and strictly decodes one file, recording a problem on failure.
func readJSON(fsys fs.FS, p problems, name string, v any) bool {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		p.add("", "", "cannot read file: %v", err)
		return false
	}
	if err := decodeJSON(data, v); err != nil {
		p.add("", "", "bad JSON: %v", err)
		return false
	}
	return true
}

// Banks returns every bank, in file-name order.
func (l *Library) Banks() []*Bank { return l.banks }

// Frameworks returns every framework, in file-name order.
func (l *Library) Frameworks() []*Framework { return l.frameworks }

// Bank returns the bank with the given id, or nil.
func (l *Library) Bank(id string) *Bank {
	for _, b := range l.banks {
		if b.ID == id {
			return b
		}
	}
	return nil
}

// Framework returns the framework with the given id, or nil.
func (l *Library) Framework(id string) *Framework {
	for _, fw := range l.frameworks {
		if fw.ID == id {
			return fw
		}
	}
	return nil
}

// BankFor returns the bank a scope is answered against and its framework
// (SOC 2 and SOC 3 share the SOC 2 bank), or nils if the library lacks it.
func (l *Library) BankFor(s Scope) (*Bank, *Framework) {
	b := l.Bank(s.BankID())
	if b == nil {
		return nil, nil
	}
	return b, l.Framework(b.Framework)
}

// Scoping returns the "which report do I need?" questions, or nil if the
// library has no scoping.json.
func (l *Library) Scoping() *ScopingSet { return l.scoping }
