package plan

// A Source is a public figure the plan or the cost rests on.
type Source struct {
	Figure string // what it says, in our words
	Where  string // URL, or the article in the product's source set
}

// Sources are shown under the plan and the cost, and listed in the README.
var Sources = []Source{
	{"Preparation and gap analysis take 3–6 months; a Type I one to two months; a Type II an observation period of 6–12 months and then 4–8 weeks of audit.", "SOC 2 overview, \"Comparison with SOC 2\", in the product's source articles (shared/sources/000)"},
	{"Readiness work for a first SOC 2 at companies under 50 people: 10–16 weeks by hand, 6–10 with a compliance platform, 4–8 with a platform and a consultant; the audit itself 3–6 weeks.", "https://blog.getagency.com/articles/soc-2-readiness-timeline-by-company-size"},
	{"From near zero at 25–200 people: 6–10 weeks of readiness, at least 3 months of observation, then 4–8 weeks of fieldwork and report; a Type II in 9–12 months.", "https://tynrose-secure-website-1v0.pages.dev/resources/soc-2-timeline"},
	{"A first Type II window is often 3 months, later ones 6 or 12; about 4–6 weeks to issue the report.", "https://help.vanta.com/hc/en-us/articles/27428017009044-Frequently-Asked-Questions-Audits"},
	{"First-year SOC 2 cost for a small business: typically $20,000–$60,000 with auditor fees, tooling and internal labour.", "https://legalclarity.org/soc-2-audit-for-small-business-cost-steps-timeline/"},
	{"SOC audit fees: $20,000–$150,000, median around $30,000; larger firms start in the low six figures.", "https://linfordco.com/blog/soc-audit-cost"},
	{"Type 1 audit fees for startups: about $5,000–$25,000; Type 2: $20,000–$50,000 and more.", "https://legalclarity.org/soc-2-compliance-for-startups-criteria-audit-and-cost/ and https://promise.legal/guides/soc2-roadmap"},
	{"Cost grows with scope (criteria, systems, locations), the type of report and subservice organizations.", "https://moorecolson.com/three-factors-impact-soc-audit-cost"},
	{"A focused web application penetration test: about $5,000–$20,000.", "https://calculatorhub.com/tools/pen-testing-roi-calculator/"},
	{"About 40–80 hours of the team's time in the first year go to working with the auditors.", "\"What is the SOC standard?\" article in the product's source articles (shared/sources/001)"},
}
