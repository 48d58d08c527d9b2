// Command required links the four libraries farewell requires (the YAML decoder, the
// part-of-speech library, the Markdown parser and the HTML tokenizer) and does nothing else:
// bench/editors.sh times it as the start-up floor those libraries set for farewell.
package main

import (
	"fmt"

	_ "github.com/jdkato/prose/v2" // each is linked for its package initialisation alone
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/net/html"
	_ "gopkg.in/yaml.v3"
)

func main() { fmt.Println("required libraries linked") }
