"""NameManager, Prefix and AttrScope as symbols see them."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def fc(x=None, **kw):
    return mx.sym.FullyConnected(x if x is not None else mx.sym.Variable("x"), num_hidden=2, **kw)


with mx.name.Prefix("p_"):
    v, f = mx.sym.Variable("x"), fc()
print("prefix", v.name, f.name)
with mx.name.NameManager():
    print("fresh manager", fc().name, fc().name)
nm = mx.name.NameManager()
print("get", nm.get(None, "fc"), nm.get(None, "fc"), nm.get("x", "fc"), nm.get(None, "FC"))
p = mx.name.Prefix("a_")
print("prefix get", p.get(None, "fc"), p.get("x", "fc"))
with mx.name.Prefix("a_"):
    with mx.name.Prefix("b_"):
        print("nested prefixes", fc().name)
with mx.name.Prefix("q_") as q:
    print("current", mx.name.NameManager.current is q, type(q).__name__)
attempt("prefix of an int", lambda: mx.name.Prefix(3).get(None, "fc"))
attempt("hint None", lambda: mx.name.NameManager().get(None, None))
with mx.AttrScope(ctx_group="g1", lr_mult="0.1"):
    print("attr var", sorted(mx.sym.Variable("x").list_attr().items()))
with mx.AttrScope(a="1"):
    with mx.AttrScope(b="2"):
        print("nested attrs", sorted(mx.sym.Variable("x").list_attr().items()))
    with mx.AttrScope(a="3"):
        print("override", mx.sym.Variable("x").list_attr())
    print("explicit attr wins", mx.sym.Variable("x", attr={"a": "5"}).list_attr())
with mx.AttrScope(k="v"):
    attempt("op under a scope", lambda: fc(name="fc"))
with mx.AttrScope(__k__="v"):
    s = fc(name="fc")
print("op attrs", sorted(s.list_attr().items()), sorted(s.attr_dict().items()))
attempt("non-string value", lambda: mx.AttrScope(a=1))
scope = mx.AttrScope(a="1")
attempt("get", lambda: (scope.get(None), sorted(scope.get({"b": "2"}).items()), scope.get({"a": "3"})))
