package rules

import "github.com/farewell-protocol/farewell/internal/yamlx"

// rewritesFor compiles the rewrites offered for messages of particular kinds instead of the
// default ones.
func (c *compiler) rewritesFor() {
	c.rule.RewritesFor = c.kindRewrites(c.w.RewritesFor, "rewrites_for")
	c.rule.InformalFor = c.kindRewrites(c.w.InformalFor, "rewrites_informal_for")
}

// kindRewrites compiles a map of rewrites by message kind (nil when there is none).
func (c *compiler) kindRewrites(pairs yamlx.Pairs, field string) map[MessageKind][]string {
	var out map[MessageKind][]string
	for _, p := range pairs {
		kind, err := ParseMessageKind(p.Key.Value)
		if err != nil {
			c.fail(p.Key.Pos, "%s: %s: %v", c.w.ID.Value, field, err)
			return nil
		}
		if len(p.Values) == 0 {
			c.fail(p.Key.Pos, "%s: %s %q has no rewrite", c.w.ID.Value, field, p.Key.Value)
			return nil
		}
		if out == nil {
			out = map[MessageKind][]string{}
		}
		for _, v := range p.Values {
			out[kind] = append(out[kind], v.Value)
		}
	}
	return out
}
