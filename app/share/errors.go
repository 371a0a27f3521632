package share

import (
	"errors"
	"fmt"
	"strings"
)

// The errors below are what the package returns, alone or wrapped with a
// detail (the field or question at fault) that keeps errors.Is working.
// Their text is written for the person who pasted the link or chose the file,
// so the UI can show err.Error() as it is (or UserMessage(err)).
var (
	// Links.
	ErrNotALink        = errors.New("This address does not hold a SOC Ready share link.")
	ErrLinkTooLarge    = errors.New("This link is far longer than any SOC Ready link, so it was not opened. It may have been damaged or made to cause trouble.")
	ErrTruncated       = errors.New("This link is incomplete: part of it was cut off when it was copied. Ask the sender for the whole link.")
	ErrAltered         = errors.New("This link was changed after it was made (a character is wrong, missing or extra), so it was not opened. Ask the sender to copy it again.")
	ErrNewerFormat     = errors.New("This link was made by a newer version of SOC Ready. Reload the app to update it, then open the link again.")
	ErrBomb            = errors.New("This link unpacks to far more data than any assessment holds, so it was not opened.")
	ErrNeedPassphrase  = errors.New("This link is protected by a passphrase. Enter it to open the assessment.")
	ErrWrongPassphrase = errors.New("That passphrase does not open this link. Check it with the sender and try again.")

	// Files.
	ErrFileTooLarge = errors.New("This file is too large to be a SOC Ready export, so it was not read.")
	ErrNotJSON      = errors.New("This file is not a SOC Ready export (it is not JSON).")
	ErrCSVFile      = errors.New("This is a CSV file. CSV exports are for spreadsheets and cannot be imported; choose the .json export instead.")
	ErrOtherSchema  = errors.New("This JSON file is not a SOC Ready assessment export.")
	ErrNewerSchema  = errors.New("This file was exported by a newer version of SOC Ready. Reload the app to update it, then import the file again.")
	ErrWrongType    = errors.New("This file has a value of the wrong kind")
	ErrUnknownField = errors.New("This file has a field SOC Ready does not know")
	ErrDuplicate    = errors.New("This file lists the same entry twice, so it was not imported: SOC Ready cannot tell which one you meant")

	// Links and files alike.
	ErrUnknownBank          = errors.New("This assessment uses a question set this version of SOC Ready does not know.")
	ErrNewerBank            = errors.New("This assessment uses a newer version of the questions than this app has. Reload the app to update it, then try again.")
	ErrUnknownBankVersion   = errors.New("This assessment uses an older version of the questions that this app can no longer read.")
	ErrUnknownQuestion      = errors.New("This assessment has answers for questions that do not exist in its version of the questions")
	ErrInvalidValue         = errors.New("This assessment holds a value SOC Ready does not accept")
	ErrMissingJustification = errors.New("A question is marked not applicable without a justification")
)

// problem is a sentinel error with the detail that makes it specific.
type problem struct {
	kind   error
	detail string
}

func (p *problem) Error() string {
	k := p.kind.Error()
	if strings.HasSuffix(k, ".") { // a full sentence: add the detail after it
		return k + " (" + p.detail + ")"
	}
	return k + ": " + p.detail + "."
}
func (p *problem) Unwrap() error { return p.kind }

// wrap returns kind with a detail such as `question "cc6-01"`.
func wrap(kind error, format string, args ...any) error {
	return &problem{kind: kind, detail: fmt.Sprintf(format, args...)}
}

// UserMessage is the text to show for an error from this package; any other
// error (a bug, not bad input) gets a neutral sentence instead of Go jargon.
func UserMessage(err error) string {
	if err == nil {
		return ""
	}
	var p *problem
	if errors.As(err, &p) {
		return p.Error()
	}
	for _, known := range sentinels {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	return "Something went wrong while reading this. Nothing was changed."
}

var sentinels = []error{
	ErrNotALink, ErrLinkTooLarge, ErrTruncated, ErrAltered, ErrNewerFormat, ErrBomb,
	ErrNeedPassphrase, ErrWrongPassphrase, ErrFileTooLarge, ErrNotJSON, ErrCSVFile,
	ErrOtherSchema, ErrNewerSchema, ErrWrongType, ErrUnknownField, ErrDuplicate, ErrUnknownBank,
	ErrNewerBank, ErrUnknownBankVersion, ErrUnknownQuestion, ErrInvalidValue,
	ErrMissingJustification,
}
