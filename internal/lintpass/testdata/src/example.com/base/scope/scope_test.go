package scope

import "testing"

func TestHandwritten(t *testing.T) { handwritten() }
