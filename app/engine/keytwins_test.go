package engine

import "testing"

// TestKeyControlsMatchAcrossReports: a control asked in both the SOC 2 and
// the SOC 1 bank is a key control in both or in neither, so the two reports
// cap the band for the same missing control.
func TestKeyControlsMatchAcrossReports(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	soc2, soc1 := lib.Bank("soc2"), lib.Bank("soc1")
	twins := [][2]string{
		{"cc2-management-assertion", "soc1-mgmt-assertion"},
		{"cc3-risk-assessment", "soc1-gov-risk-assessment"},
		{"cc5-security-policies", "soc1-gov-policies"},
		{"cc6-mfa-admin", "soc1-access-mfa"},
		{"cc6-privileged-access", "soc1-access-privileged"},
		{"cc6-leaver-removal", "soc1-access-removal"},
		{"cc6-access-review", "soc1-access-review"},
		{"cc7-incident-response-plan", "soc1-incident-process"},
		{"cc8-change-approval", "soc1-change-approval"},
		{"cc9-subservice-method", "soc1-subservice-method"},
	}
	for _, tw := range twins {
		a, b := soc2.FindQuestion(tw[0]), soc1.FindQuestion(tw[1])
		if a == nil || b == nil {
			t.Errorf("%s / %s: question missing", tw[0], tw[1])
			continue
		}
		if a.Key != b.Key {
			t.Errorf("%s is key %v in SOC 2, %s is key %v in SOC 1", a.ID, a.Key, b.ID, b.Key)
		}
	}
}
