// Package resty is a stub of github.com/go-resty/resty/v2 for tests.
package resty

type Client struct{}
type Request struct{}
type Response struct{}

func New() *Client                                   { return &Client{} }
func (c *Client) R() *Request                        { return &Request{} }
func (r *Request) Get(url string) (*Response, error) { return nil, nil }
func (r *Request) SetResult(v any) *Request          { return r }
