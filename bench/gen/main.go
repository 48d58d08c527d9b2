// Command gen writes a synthetic corpus of farewell's input formats (HTML e-mail templates,
// text, Markdown, i18next JSON, Rails YAML, gettext .po, Android strings.xml, iOS .strings) for
// benchmarks of any size. The content is ordinary product copy with goodbye phrases, gracious
// and not, sprinkled in; it is deterministic for a given size.
//
//	go -C bench run ./gen -out /tmp/corpus -mb 200
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "directory to write (created)")
	mb := flag.Int("mb", 100, "approximate size in megabytes")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR [-mb N]")
		os.Exit(2)
	}
	g := &gen{rng: rand.New(rand.NewPCG(1, 2))}
	total, i := 0, 0
	for total < *mb<<20 {
		name, data := g.file(i)
		p := filepath.Join(*out, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		total += len(data)
		i++
	}
	fmt.Printf("wrote %d files, %.1f MB, to %s\n", i, float64(total)/1e6, *out)
}

type gen struct{ rng *rand.Rand }

func ordinary() []string {
	return []string{
		"Your order has shipped and should arrive within three business days.",
		"Update your billing details in Settings at any time.",
		"We have received your request and will reply by email.",
		"Invite your team to collaborate on projects and share files.",
		"Your invoice for this month is attached as a PDF.",
		"Choose a plan that fits the size of your team.",
		"Two-factor authentication keeps your account secure.",
		"Download the app to get notifications on your phone.",
		"You can change your email preferences from your profile page.",
		"This link expires after one use for your security.",
		"Thanks for your purchase! Here is your receipt.",
		"Export your data as CSV or JSON from the Account page.",
	}
}

func farewells() []string {
	return []string{
		"Please don't go! We can't lose you.",
		"No thanks, I don't like saving money",
		"To cancel, call us Monday to Friday between 9am and 5pm.",
		"Thank you for being with us. Your plan stays active until the end of the month.",
		"We'll be here if you ever want to come back.",
		"Your account has been terminated.",
		"Last chance! This offer expires in 10 minutes.",
		"You can pause your subscription instead of cancelling.",
	}
}

func (g *gen) sentences(n int) []string {
	ord, bye := ordinary(), farewells()
	out := make([]string, n)
	for i := range out {
		if g.rng.IntN(20) == 0 {
			out[i] = bye[g.rng.IntN(len(bye))]
		} else {
			out[i] = ord[g.rng.IntN(len(ord))]
		}
	}
	return out
}

func (g *gen) file(i int) (string, []byte) {
	n := 40 + g.rng.IntN(400)
	s := g.sentences(n)
	var b strings.Builder
	switch i % 8 {
	case 0:
		b.WriteString("<html><head><title>Account update</title><style>td{padding:0}</style></head><body><table>\n")
		for j, t := range s {
			fmt.Fprintf(&b, "<tr><td class=\"c%d\"><p>Hi {{ user.first_name }}, %s</p><a href=\"{{ url }}\">Learn more</a></td></tr>\n", j%7, t)
		}
		b.WriteString("</table></body></html>\n")
		return fmt.Sprintf("emails/%05d.html", i), []byte(b.String())
	case 1:
		for j, t := range s {
			if j%5 == 0 {
				b.WriteString("\n")
			}
			b.WriteString(t + "\n")
		}
		return fmt.Sprintf("emails/%05d.txt", i), []byte(b.String())
	case 2:
		for j, t := range s {
			if j%6 == 0 {
				fmt.Fprintf(&b, "\n## Section %d\n\n", j)
			}
			fmt.Fprintf(&b, "%s See [the guide](https://example.com/%d).\n", t, j)
		}
		return fmt.Sprintf("docs/%05d.md", i), []byte(b.String())
	case 3:
		b.WriteString("{\n  \"screens\": {\n")
		for j, t := range s {
			fmt.Fprintf(&b, "    \"s%d\": {\"title\": \"Step %d\", \"body\": %q}%s\n", j, j, t, comma(j, len(s)))
		}
		b.WriteString("  }\n}\n")
		return fmt.Sprintf("locales/en/%05d.json", i), []byte(b.String())
	case 4:
		b.WriteString("en:\n  screens:\n")
		for j, t := range s {
			fmt.Fprintf(&b, "    s%d:\n      title: \"Step %d\"\n      body: %q\n", j, j, t)
		}
		return fmt.Sprintf("config/locales/%05d.en.yml", i), []byte(b.String())
	case 5:
		b.WriteString("msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\n")
		for j, t := range s {
			fmt.Fprintf(&b, "#: app/views/%d.py:%d\nmsgid %q\nmsgstr \"\"\n\n", j, j, t)
		}
		return fmt.Sprintf("locale/en/LC_MESSAGES/%05d.po", i), []byte(b.String())
	case 6:
		b.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n")
		for j, t := range s {
			fmt.Fprintf(&b, "    <string name=\"s%d\">%s</string>\n", j, strings.ReplaceAll(t, "'", "\\'"))
		}
		b.WriteString("</resources>\n")
		return fmt.Sprintf("res%05d/values/strings.xml", i), []byte(b.String())
	default:
		for j, t := range s {
			fmt.Fprintf(&b, "/* Step %d */\n\"s%d\" = %q;\n\n", j, j, t)
		}
		return fmt.Sprintf("ios/en.lproj/%05d.strings", i), []byte(b.String())
	}
}

func comma(j, n int) string {
	if j == n-1 {
		return ""
	}
	return ","
}
