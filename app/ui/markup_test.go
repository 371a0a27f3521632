package ui

import "testing"

func TestMarkupEscapes(t *testing.T) {
	var m markup
	m.open("td", "title", `a "quoted" <b>`).text(`<script>&`).userText("x\u202ey").close("td")
	want := `<td title="a &#34;quoted&#34; &lt;b&gt;">&lt;script&gt;&amp;<span dir="auto">xy</span></td>`
	if got := m.b.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
