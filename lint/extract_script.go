package lint

// ScriptSettings configure the reading of call-centre and chat scripts.
type ScriptSettings struct {
	// Company lists the speaker labels of the company's lines (default: Agent, Bot, Rep, ...).
	Company []string
	// Customer lists the speaker labels of the customer's lines, which are context only.
	Customer []string
	// Turns makes each company turn its own message.
	Turns bool
}
