package rules

import "github.com/farewell-protocol/farewell/internal/yamlx"

// The wire structs mirror the YAML schema exactly; they are decoded strictly and then
// compiled into Rules. Nothing outside this package sees them.

type wireFile struct {
	Language  yamlx.String   `yaml:"language"`
	Negations []yamlx.String `yaml:"negations"`
	Register  wireRegister   `yaml:"register"`
	Lists     yamlx.Pairs    `yaml:"lists"`
	Rules     []wireRule     `yaml:"rules"`
	Kinds     []wireKind     `yaml:"kinds"`
}

type wireRegister struct {
	Informal []yamlx.String `yaml:"informal"`
	Formal   []yamlx.String `yaml:"formal"`
}

type wireRule struct {
	Pos           yamlx.Pos      `yaml:"-"`
	ID            yamlx.String   `yaml:"id"`
	Type          yamlx.String   `yaml:"type"`
	Category      yamlx.String   `yaml:"category"`
	Severity      yamlx.String   `yaml:"severity"`
	Message       yamlx.String   `yaml:"message"`
	Why           yamlx.String   `yaml:"why"`
	Link          string         `yaml:"link"`
	Law           yamlx.String   `yaml:"law"`
	Scope         yamlx.String   `yaml:"scope"`
	Kinds         []yamlx.String `yaml:"kinds"`
	Tokens        []yamlx.String `yaml:"tokens"`
	Patterns      []yamlx.String `yaml:"patterns"`
	Keywords      []yamlx.String `yaml:"keywords"`
	Exceptions    []yamlx.String `yaml:"exceptions"`
	Unless        []yamlx.String `yaml:"unless"`
	SentenceHas   []yamlx.String `yaml:"sentence_has"`
	MessageHas    []yamlx.String `yaml:"message_has"`
	CaseSensitive bool           `yaml:"case_sensitive"`
	Swap          yamlx.Pairs    `yaml:"swap"`
	Rewrites      []string       `yaml:"rewrites"`
	Informal      []string       `yaml:"rewrites_informal"`
	RewritesFor   yamlx.Pairs    `yaml:"rewrites_for"`
	InformalFor   yamlx.Pairs    `yaml:"rewrites_informal_for"`
	Max           *int           `yaml:"max"`
	Sequence      []wireStep     `yaml:"sequence"`
	Suggest       yamlx.Pairs    `yaml:"suggest"`
	Moments       yamlx.Pairs    `yaml:"moments"`
	Element       yamlx.String   `yaml:"element"`
	Examples      wireExamples   `yaml:"examples"`
}

type wireStep struct {
	Pos      yamlx.Pos    `yaml:"-"`
	Word     yamlx.String `yaml:"word"`
	Tag      yamlx.String `yaml:"tag"`
	Optional bool         `yaml:"optional"`
}

type wireExamples struct {
	Flag []string `yaml:"flag"`
	Pass []string `yaml:"pass"`
}

type wireKind struct {
	Pos      yamlx.Pos      `yaml:"-"`
	Kind     yamlx.String   `yaml:"kind"`
	Reason   yamlx.String   `yaml:"reason"`
	Footer   bool           `yaml:"footer"`
	Tokens   []yamlx.String `yaml:"tokens"`
	Mentions []yamlx.String `yaml:"mentions"`
	Keys     []yamlx.String `yaml:"keys"`
}
