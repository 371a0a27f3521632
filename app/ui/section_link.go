package ui

// sectionLinkMarkup writes one entry of the questionnaire's section list: a
// button with the section's name and how many of its questions are
// answered. The list is markup (see sectionNav): about 35 sections of six
// elements each were the largest part of the questionnaire's first draw
// when go-app built them one JavaScript call at a time.
func sectionLinkMarkup(m *markup, index int, l navLink, current bool) {
	cls := "section-link"
	if l.Answered == l.Total {
		cls += " section-done"
	}
	attrs := []string{"type", "button", "class", cls, "data-section", itoa(index)}
	if current {
		attrs = append(attrs, "aria-current", "true")
	}
	m.open("li").open("button", attrs...)
	m.elem("span", l.Title, "class", "section-name")
	m.open("span", "class", "section-count")
	sectionCountMarkup(m, l)
	m.close("span").close("button").close("li")
}

// sectionCountMarkup writes what a section's button says of its answered
// questions, inside its .section-count.
func sectionCountMarkup(m *markup, l navLink) {
	m.elem("span", itoa(l.Answered)+"/"+itoa(l.Total), "aria-hidden", "true").
		elem("span", ", "+itoa(l.Answered)+" of "+itoa(l.Total)+" answered", "class", "visually-hidden")
}
