package oscal

import (
	"strconv"

	"github.com/socready/socready/app/engine"
)

// catalogModified is when the catalogs' content last changed. A catalog is
// built from the embedded data alone, so its date is fixed, not the time of
// the export: the same app writes the same bytes.
const catalogModified = "2026-11-30T00:00:00Z"

// Group ids carry a prefix, so that they never equal a control id: SOC 1
// series and areas share ids ("SOC1.02"), and OSCAL ids must be unique
// across the document.
const (
	categoryPrefix = "category-"
	seriesPrefix   = "series-"
)

// Catalog writes framework fw as an OSCAL catalog: a group per category, a
// group per series inside it, a control per criterion with its id and our
// own title, and its points of focus (if the framework has them) as parts.
// bank is the question bank keyed to fw; its version dates the catalog.
func Catalog(fw *engine.Framework, bank *engine.Bank) ([]byte, error) {
	cat := catalog{
		UUID: uuid5("socready/catalog/" + fw.ID + "/" + bank.ID + "/" + strconv.Itoa(bank.Version)),
		Metadata: metadata{
			Title:        "SOC Ready: " + fw.Title,
			LastModified: catalogModified,
			Version:      fw.ID + " with question bank " + bank.ID + " version " + strconv.Itoa(bank.Version),
			OSCALVersion: Version,
			Props:        []prop{ours(generatorProp, generatorValue), ours("framework", fw.ID)},
			Remarks:      "The criteria as SOC Ready uses them, with titles and point-of-focus topics in SOC Ready's own words. It is not the AICPA's text: read the published criteria for their wording.",
		},
	}
	for _, c := range fw.Categories {
		g := group{ID: categoryPrefix + c.ID, Class: "category", Title: c.Title}
		if c.Description != "" {
			g.Parts = []part{{Name: "overview", Prose: c.Description}}
		}
		for _, s := range fw.Series {
			if s.Category != c.ID {
				continue
			}
			sg := group{ID: seriesPrefix + s.ID, Class: "series", Title: s.Title}
			for _, cr := range fw.Criteria {
				if cr.Series == s.ID {
					sg.Controls = append(sg.Controls, criterionControl(fw, cr))
				}
			}
			g.Groups = append(g.Groups, sg)
		}
		cat.Groups = append(cat.Groups, g)
	}
	return marshal(catalogDoc{Catalog: cat})
}

// criterionControl is one criterion as a control.
func criterionControl(fw *engine.Framework, cr engine.Criterion) control {
	ctl := control{ID: cr.ID, Class: "criterion", Title: cr.Topic,
		Props: []prop{{Name: "label", Value: cr.ID}}}
	pts := fw.PointsOf(cr.ID)
	if len(pts) == 0 {
		return ctl
	}
	pof := part{ID: cr.ID + "_pof", Name: "guidance", Title: "Points of focus (topics in SOC Ready's words)"}
	for _, p := range pts {
		item := part{ID: p.ID, Name: "item", Props: []prop{{Name: "label", Value: p.ID}}, Prose: p.Topic}
		if p.Scope != engine.PointAll {
			item.Props = append(item.Props, ours("applies-to", string(p.Scope)))
		}
		if p.OnlyFor != "" {
			item.Props = append(item.Props, ours("only-for-category", p.OnlyFor))
		}
		pof.Parts = append(pof.Parts, item)
	}
	ctl.Parts = []part{pof}
	return ctl
}
