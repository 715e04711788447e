"""Symbol attributes: attr() needs a text key, user attributes an operator does not take are refused in the
order the parser meets them (the user's first, then the operator's parameters), AttrScope nesting."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


x = mx.sym.var("x", lr_mult=2)
fc = mx.sym.FullyConnected(x, num_hidden=2, name="fc", attr={"__u__": "v"})
for key in ["num_hidden", "__u__", "u", "name", "no_bias", "__lr_mult__", 3, None, b"num_hidden"]:
    attempt(f"fc.attr({key!r})", lambda: fc.attr(key))
    attempt(f"x.attr({key!r})", lambda: x.attr(key))
attempt("group attr", lambda: mx.sym.Group([x, fc]).attr("__lr_mult__"))
attempt("group attr int", lambda: mx.sym.Group([x, fc]).attr(1))
for keys in [("group", "data"), ("data", "group"), ("q", "data"), ("x", "weight"), ("b", "a", "c"), ("bias", "num_hidden")]:
    attrs = {k: "1" for k in keys}
    attempt(f"FullyConnected attr {keys}", lambda: mx.sym.FullyConnected(x, num_hidden=2, attr=attrs))
    attempt(f"Activation attr {keys}", lambda: mx.sym.Activation(x, act_type="relu", attr=attrs))
    with mx.AttrScope(**attrs):
        attempt(f"scoped Convolution {keys}", lambda: mx.sym.Convolution(x, kernel=(1,), num_filter=1))
        attempt(f"scoped var {keys}", lambda: mx.sym.var("v").list_attr())
        attempt(f"scoped exp {keys}", lambda: mx.sym.exp(x).list_attr())
with mx.AttrScope(group="4", data="great"):
    outer = mx.sym.var("outer")
    with mx.AttrScope(group="5"):
        inner = mx.sym.var("inner", attr={"data": "x"})
    attempt("nested outer", lambda: outer.list_attr())
    attempt("nested inner", lambda: inner.list_attr())
    attempt("nested op", lambda: mx.sym.FullyConnected(outer, num_hidden=3, name="fc2"))
attempt("after scope", lambda: mx.sym.var("after").list_attr())
