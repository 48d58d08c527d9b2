package rules

import "fmt"

// Severity is how much harm a finding does to the reader; higher is worse.
type Severity int

// The severities, from a style nudge to manipulation or an obstacle.
const (
	// Off marks a rule switched off by configuration; no finding carries it.
	Off Severity = iota
	// Suggestion is a style nudge or a missing element.
	Suggestion
	// Warning is pressure or coldness the writer should reconsider.
	Warning
	// Error is manipulation or an obstacle to leaving.
	Error
)

// ParseSeverity turns "suggestion", "warning", "error" or "off" into a Severity.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "off":
		return Off, nil
	case "suggestion":
		return Suggestion, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want suggestion, warning or error)", s)
}

// String returns the severity's name as written in rule files.
func (s Severity) String() string {
	switch s {
	case Suggestion:
		return "suggestion"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
