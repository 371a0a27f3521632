package engine

import (
	"fmt"
	"slices"
)

// validateCrosswalk checks a crosswalk against its framework and bank: known
// criterion ids, each listed once; well-formed Annex A ids and clause
// references, none repeated; SCF links that are not already primary links;
// known SOC-specific question ids; and its provenance.
func validateCrosswalk(p problems, cw *Crosswalk, fw *Framework, b *Bank) {
	if !validID(cw.ID) {
		p.add("", "id", "crosswalk id must be a non-empty lowercase slug")
	}
	if cw.Version < 1 {
		p.add("", "version", "crosswalk version must be 1 or more, got %d", cw.Version)
	}
	if blank(cw.Title) || blank(cw.Relationship) {
		p.add("", "title", "a crosswalk needs a title and a relationship")
	}
	roles := map[string]bool{}
	for i, s := range cw.Sources {
		f := fmt.Sprintf("sources[%d]", i)
		if s.Role != "primary" && s.Role != "via_scf" {
			p.add("", f+".role", "unknown source role %q (want \"primary\" or \"via_scf\")", s.Role)
		}
		if blank(s.Repo) || blank(s.Commit) || (blank(s.Path) && len(s.Paths) == 0) || blank(s.Method) {
			p.add("", f, "a source needs its repository, commit, path(s) and method")
		}
		roles[s.Role] = true
	}
	if !roles["primary"] {
		p.add("", "sources", "no primary source: every link needs its provenance")
	}
	if fw == nil {
		p.add("", "framework", "unknown framework %q", cw.Framework)
		return
	}
	fx := fw.index()
	seen := map[string]bool{}
	for i, l := range cw.Links {
		f := fmt.Sprintf("links[%d]", i)
		if _, ok := fx.crit[l.Criterion]; !ok {
			p.add("", f+".criterion", "unknown criterion %q in framework %q", l.Criterion, fw.ID)
		} else if seen[l.Criterion] {
			p.add("", f+".criterion", "criterion %s is listed twice", l.Criterion)
		}
		seen[l.Criterion] = true
		if len(l.ViaSCF) > 0 && !roles["via_scf"] {
			p.add("", f+".via_scf", "%s has SCF links but the file names no via_scf source", l.Criterion)
		}
		for _, list := range []struct {
			field string
			ids   []string
		}{{"annex_a", l.AnnexA}, {"via_scf", l.ViaSCF}} {
			for k, id := range list.ids {
				if _, _, ok := ParseAnnexA(id); !ok {
					p.add("", f+"."+list.field, "%s: %q is not an ISO/IEC 27001:2022 Annex A control id (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34)", l.Criterion, id)
				}
				if slices.Contains(list.ids[:k], id) {
					p.add("", f+"."+list.field, "%s: %s is listed twice", l.Criterion, id)
				}
			}
		}
		for _, id := range l.ViaSCF {
			if slices.Contains(l.AnnexA, id) {
				p.add("", f+".via_scf", "%s: %s is already a primary link; list it only under annex_a", l.Criterion, id)
			}
		}
		for k, c := range l.Clauses {
			if !validClause(c) {
				p.add("", f+".clauses", "%s: %q is not a management-system clause (4–10, e.g. 9.3.1)", l.Criterion, c)
			}
			if slices.Contains(l.Clauses[:k], c) {
				p.add("", f+".clauses", "%s: clause %s is listed twice", l.Criterion, c)
			}
		}
	}
	if len(cw.SOCSpecific) > 0 && b == nil {
		p.add("", "bank", "unknown bank %q for the SOC-specific questions", cw.Bank)
		return
	}
	for _, id := range cw.SOCSpecific {
		if b.FindQuestion(id) == nil {
			p.add(id, "soc_specific_questions", "no such question in bank %q", b.ID)
		}
	}
}
