package engine

// Infrequent returns the asked operation questions of a Type II whose control
// runs less often than the observation window is long (a yearly control in a
// 3- or 6-month window), in bank order. In such a window the control may not
// run at all, and the auditor then has nothing to test: the control has to be
// scheduled inside the window, or the window made longer. A question answered
// not applicable with a justification is left out, and so is one whose
// frequency has no longest gap (continuous, on event, or not given yet). Nil
// for a Type I.
func Infrequent(b *Bank, fw *Framework, scope Scope, answers Answers) []*Question {
	if b == nil || fw == nil {
		return nil
	}
	s := NormalizeScope(fw, scope)
	if s.Type != TypeII {
		return nil
	}
	asked := AskedAll(b, fw, s, answers)
	var out []*Question
	for i := range b.Questions {
		q := &b.Questions[i]
		if !asked[i] || q.Kind == KindFact || q.Test != TestOperation || q.Frequency.Months() <= s.Window {
			continue
		}
		if a, ok := answers[q.ID]; classify(a, ok) == stNA {
			continue
		}
		out = append(out, q)
	}
	return out
}
