package lint

import (
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/rules"
)

// FileSettings are the configuration that applies to one file.
type FileSettings struct {
	// MaxDepth bounds the nesting of JSON and YAML catalogs (0: format.DefaultMaxDepth).
	MaxDepth int
	// Severity overrides rule severities by id; rules.Off switches a rule off.
	Severity map[string]rules.Severity
	// Kind, when set, is the kind of every message in the file that no label or key pattern
	// names.
	Kind rules.MessageKind
	// KeyKind, when set, returns the kind configured for a catalog message id or key.
	KeyKind func(key string) (rules.MessageKind, bool)
	// KeyDepth groups catalog strings into messages by the first KeyDepth parts of their keys
	// (0: by the parent key); see message.CatalogMessageID.
	KeyDepth int
	// Moment, when set, is the moment of every goodbye in the file, whatever its wording says
	// (see message.MomentCues.MomentOf): rule examples are read as letters, where every element fits.
	Moment rules.Moment
	// MinSeverity drops findings below it.
	MinSeverity rules.Severity
	// Locale, when set, is the file's locale, whatever its path or content says.
	Locale string
	// Script configures the reading of call-centre and chat scripts.
	Script format.ScriptSettings
	// Format, when set, is the format the file is read as, whatever its name says
	// (overrides[].format).
	Format document.Format
	// MaxFileSize, when set, skips larger files with a reason; it wins over
	// RunOptions.MaxFileSize.
	MaxFileSize int64
	// Named says the file was named by the user or its format chosen: it is read as its
	// format says, without the guess whether a JSON, YAML or JavaScript file is a string
	// catalog (see Input.Named).
	Named bool
	// Laws are the laws whose wording checks run (see rules.Laws); a rule that checks another
	// law is off, whatever Severity says.
	Laws []string
}

// severities returns the effective severity of every rule for one file: an override of the
// rule's id wins over one of a dotted id prefix (longest first), which wins over one of its
// category. The rules of a law the settings do not name are off. It returns them in buf's
// memory, when it has room: a scratch's, reused from file to file.
func (l *Linter) severities(fs *FileSettings, buf []rules.Severity) []rules.Severity {
	sev := slices.Grow(buf[:0], len(l.pack.Rules))[:len(l.pack.Rules)]
	for i, r := range l.pack.Rules {
		sev[i] = r.Severity
		if r.Law != "" && !slices.Contains(fs.Laws, r.Law) {
			sev[i] = rules.Off
			continue
		}
		if len(fs.Severity) > 0 {
			sev[i] = override(fs.Severity, r)
		}
	}
	return sev
}

func override(m map[string]rules.Severity, r *rules.Rule) rules.Severity {
	for id := r.ID; id != ""; {
		if s, ok := m[id]; ok {
			return s
		}
		dot := strings.LastIndexByte(id, '.')
		if dot < 0 {
			break
		}
		id = id[:dot]
	}
	if s, ok := m[r.Category]; ok {
		return s
	}
	return r.Severity
}
