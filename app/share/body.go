package share

import (
	"time"

	"github.com/socready/socready/app/engine"
)

// A results body is:
//
//	bank        1 byte   bankCodes
//	version     uvarint  bank version whose question order the answers follow
//	scope                see writeScope
//	updated     uvarint  seconds since 1970 (0: none)
//	name, organization   strings
//	count       uvarint  number of answers = questions in that bank version
//	answers     ⌈count/2⌉ bytes, 4 bits each (high nibble first): engine.Choice
//	justifications, notes: each a uvarint count, then per item the gap to the
//	            previous question position (uvarint) and the text
//
// A request body is a scope, a due date (uvarint days+1, 0: none), the
// requester's name and a message.
//
// From format version 2 on, both end with a tail of optional fields (tail.go).

// Request is what a requester link carries: the scope the requester needs,
// who asks, an optional message and due date. It holds no answers.
type Request struct {
	ID        string // chosen by the requester's app, carried back in results links
	Scope     engine.Scope
	Requester string // the person or team asking, shown to the recipient
	Message   string
	Due       string // YYYY-MM-DD, optional
	// Requirements are what the requester asks the vendor to meet (optional).
	Requirements *engine.Requirements
}

func resultsBody(a *engine.Assessment, bank *engine.Bank, notes bool) ([]byte, error) {
	code := bankCode(bank.ID)
	if code == 0 {
		return nil, wrap(ErrUnknownBank, "questions %q", bank.ID)
	}
	if err := Validate(a, bank); err != nil {
		return nil, err
	}
	if a.BankVersion > bank.Version || bank.Version <= 0 {
		return nil, wrap(ErrInvalidValue, "the assessment uses questions version %d, newer than %d", a.BankVersion, bank.Version)
	}
	updated, _ := parseStamp(a.Updated) // validated above
	var w writer
	w.byte(code)
	w.uvarint(uint64(bank.Version))
	writeScope(&w, &a.Scope)
	if !updated.IsZero() {
		w.optUnix(updated.Unix())
	} else {
		w.optUnix(0)
	}
	w.string(a.Name)
	w.string(a.Organization)
	n := len(bank.Questions)
	w.uvarint(uint64(n))
	packed := make([]byte, (n+1)/2)
	for i := range bank.Questions {
		c := byte(a.Answers[bank.Questions[i].ID].Choice)
		packed[i/2] |= c << (4 * (1 - i%2))
	}
	w.bytes(packed)
	writeTexts(&w, bank, a.Answers, func(x engine.Answer) string { return x.Justification })
	if notes {
		writeTexts(&w, bank, a.Answers, func(x engine.Answer) string { return x.Note })
	} else {
		w.uvarint(0)
	}
	writeResultsTail(&w, a)
	return w.b, nil
}

// writeTexts writes the non-empty texts chosen by pick, in question order.
func writeTexts(w *writer, bank *engine.Bank, answers engine.Answers, pick func(engine.Answer) string) {
	var idx []int
	for i := range bank.Questions {
		if pick(answers[bank.Questions[i].ID]) != "" {
			idx = append(idx, i)
		}
	}
	w.uvarint(uint64(len(idx)))
	prev := -1
	for _, i := range idx {
		w.uvarint(uint64(i - prev - 1))
		w.string(pick(answers[bank.Questions[i].ID]))
		prev = i
	}
}

func writeScope(w *writer, s *engine.Scope) {
	mask, _ := categoryMask(s.Categories) // validated by the caller
	day, _ := parseDay(s.Start)
	w.byte(byte(indexOf(reportCodes, s.Report)))
	w.byte(byte(indexOf(typeCodes, s.Type)))
	w.byte(byte(s.Window))
	w.uvarint(mask)
	w.optDay(day)
}

func readScope(r *reader, s *engine.Scope) {
	rep, typ, win := int(r.byte()), int(r.byte()), int(r.byte())
	mask := r.uvarint()
	day := r.optDay()
	if r.err != nil {
		return
	}
	if rep >= len(reportCodes) || typ >= len(typeCodes) {
		r.fail(wrap(ErrInvalidValue, "its scope names an unknown report or type"))
		return
	}
	cats, ok := categoryList(mask)
	if !ok {
		r.fail(wrap(ErrInvalidValue, "its scope names an unknown category"))
		return
	}
	*s = engine.Scope{Report: reportCodes[rep], Type: typeCodes[typ], Window: win, Categories: cats}
	if day >= 0 {
		s.Start = formatDay(day)
	}
}

func readResults(body []byte, format byte, lookup Lookup, l *Link) error {
	r := reader{b: body}
	code := int(r.byte())
	version := r.uvarint()
	if r.err != nil {
		return r.err
	}
	if code == 0 || code >= len(bankCodes) {
		return wrap(ErrUnknownBank, "question set number %d", code)
	}
	id := bankCodes[code]
	bank, current, err := findBank(lookup, id, version)
	if err != nil {
		return err
	}
	a := &l.Assessment
	a.Bank, a.BankVersion = bank.ID, bank.Version
	readScope(&r, &a.Scope)
	if t := r.optUnix(); t > 0 {
		a.Updated = time.Unix(t, 0).UTC().Format(time.RFC3339)
	}
	a.Name = r.string()
	a.Organization = r.string()
	n := r.uvarint()
	if r.err != nil {
		return r.err
	}
	if n != uint64(len(bank.Questions)) {
		return wrap(ErrUnknownQuestion, "the link has %d answers but %s version %d has %d questions", n, id, bank.Version, len(bank.Questions))
	}
	packed := r.bytes((int(n) + 1) / 2)
	if r.err != nil {
		return r.err
	}
	a.Answers = make(engine.Answers, len(bank.Questions))
	for i := range bank.Questions {
		c := engine.Choice(packed[i/2] >> (4 * (1 - i%2)) & 0x0F)
		if c > engine.No {
			return wrap(ErrInvalidValue, "question %q has answer value %d", bank.Questions[i].ID, c)
		}
		if c != engine.Unanswered {
			a.Answers[bank.Questions[i].ID] = engine.Answer{Choice: c}
		}
	}
	if n%2 == 1 && packed[len(packed)-1]&0x0F != 0 {
		return wrap(ErrUnknownQuestion, "there is an answer after the last question")
	}
	if err := readTexts(&r, bank, a.Answers, func(x *engine.Answer, s string) { x.Justification = s }); err != nil {
		return err
	}
	notes := 0
	if err := readTexts(&r, bank, a.Answers, func(x *engine.Answer, s string) { x.Note = s; notes++ }); err != nil {
		return err
	}
	if format >= 2 {
		if err := readResultsTail(&r, a); err != nil {
			return err
		}
	}
	if len(r.b) != 0 {
		return wrap(ErrAltered, "it has data after the last section")
	}
	l.Notes = notes > 0
	if bank != current {
		if l.Migrated, err = migrate(a, bank, current); err != nil {
			return err
		}
	}
	return Validate(a, current)
}

// findBank resolves a link's bank version with the app's library: the
// version whose order the answers follow, and the current one.
func findBank(lookup Lookup, id string, version uint64) (bank, current *engine.Bank, err error) {
	current, ok := lookup(id, 0)
	if !ok {
		return nil, nil, wrap(ErrUnknownBank, "questions %q", id)
	}
	switch {
	case version == 0:
		return nil, nil, wrap(ErrInvalidValue, "questions version 0")
	case version > uint64(current.Version):
		return nil, nil, wrap(ErrNewerBank, "%s version %d; this app has version %d", id, version, current.Version)
	case version == uint64(current.Version):
		return current, current, nil
	}
	b, ok := lookup(id, int(version))
	if !ok || b.Version != int(version) || b.ID != id {
		return nil, nil, wrap(ErrUnknownBankVersion, "%s version %d", id, version)
	}
	return b, current, nil
}

// readTexts reads a section written by writeTexts and stores each text with set.
func readTexts(r *reader, bank *engine.Bank, answers engine.Answers, set func(*engine.Answer, string)) error {
	count := r.count(2) // each item takes at least a gap byte and a length byte
	prev := -1
	for k := 0; k < count && r.err == nil; k++ {
		gap := r.uvarint()
		text := r.string()
		if r.err != nil {
			break
		}
		if gap >= uint64(len(bank.Questions)-prev-1) {
			return wrap(ErrUnknownQuestion, "a note or justification comes after the last question")
		}
		if text == "" {
			return wrap(ErrAltered, "it holds an empty note")
		}
		prev += int(gap) + 1
		id := bank.Questions[prev].ID
		x := answers[id]
		set(&x, text)
		answers[id] = x
	}
	return r.err
}

func requestBody(q *Request) ([]byte, error) {
	if q.Scope.Report == "" {
		return nil, wrap(ErrInvalidValue, "a request must name the report it needs")
	}
	if err := validateScope(&q.Scope, "", "scope"); err != nil {
		return nil, err
	}
	due, err := parseDay(q.Due)
	if err != nil {
		return nil, wrap(ErrInvalidValue, "due date %q is not a date (YYYY-MM-DD)", clip(q.Due))
	}
	for _, s := range []string{q.ID, q.Requester, q.Message} {
		if !validText(s) {
			return nil, wrap(ErrInvalidValue, "the requester or message is not valid text")
		}
	}
	if err := validateRequirements(q.Requirements, q.Scope, ""); err != nil {
		return nil, err
	}
	var w writer
	writeScope(&w, &q.Scope)
	w.optDay(due)
	w.string(q.Requester)
	w.string(q.Message)
	writeRequestTail(&w, q)
	return w.b, nil
}

func readRequest(body []byte, format byte, q *Request) error {
	r := reader{b: body}
	readScope(&r, &q.Scope)
	if due := r.optDay(); due >= 0 {
		q.Due = formatDay(due)
	}
	q.Requester = r.string()
	q.Message = r.string()
	if r.err != nil {
		return r.err
	}
	if format >= 2 {
		if err := readRequestTail(&r, q); err != nil {
			return err
		}
	}
	if len(r.b) != 0 {
		return wrap(ErrAltered, "it has data after the last section")
	}
	if q.Scope.Report == "" {
		return wrap(ErrInvalidValue, "the request names no report")
	}
	if err := validateScope(&q.Scope, "", "scope"); err != nil {
		return err
	}
	return validateRequirements(q.Requirements, q.Scope, "")
}
