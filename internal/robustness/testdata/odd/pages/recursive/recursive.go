// Package recursive is a page whose props type refers to itself in every
// way encoding/json allows: walking it must terminate, and it is clean.
package recursive

import (
	"context"
	"net/http"
)

type Node struct {
	Name     string
	Children []Node
	Parent   *Node `json:"-"`
	Index    map[string]*Node
	*Link
}

type Link struct {
	Next *Link
	Node *Node
	Href string
}

type Tree[T any] struct {
	Value T
	Kids  []*Tree[T]
}

type Walker interface {
	Walk(Walker) Walker
}

type Props struct {
	Root  Node
	Tree  Tree[Tree[int]]
	Walk  Walker `json:"-"`
	Again *Props
}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	root := Node{Name: "root"}
	root.Children = append(root.Children, Node{Name: "child", Parent: &root})
	return Props{Root: root}, nil
}
