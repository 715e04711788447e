"""'None' given to symbol operators: a dtype of text 'None' is numpy's refusal, an unknown tuple of floats passes."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


a, b = mx.sym.var("a"), mx.sym.var("b")
for dtype in ["None", None, "float16", "bogus"]:
    attempt(f"random.uniform dtype={dtype!r}", lambda: mx.sym.random.uniform(shape=(2,), dtype=dtype).list_attr())
    attempt(f"random.normal dtype={dtype!r}", lambda: mx.sym.random.normal(shape=(2,), dtype=dtype).list_attr())
    attempt(f"softmax dtype={dtype!r}", lambda: mx.sym.softmax(a, dtype=dtype).list_attr())
    attempt(f"log_softmax dtype={dtype!r}", lambda: mx.sym.log_softmax(a, dtype=dtype).list_attr())
    attempt(f"sample_normal dtype={dtype!r}", lambda: mx.sym.sample_normal(a, b, dtype=dtype).list_attr())
    attempt(f"norm out_dtype={dtype!r}", lambda: mx.sym.norm(a, out_dtype=dtype).list_attr())
for kw in [dict(ratios=None), dict(sizes="None"), dict(steps=None), dict(offsets="None"), dict(ratios="(None,)")]:
    attempt(f"sym MultiBoxPrior {kw}", lambda: mx.sym.contrib.MultiBoxPrior(a, **kw).list_attr())
for kw in [dict(scales=None), dict(ratios="None")]:
    attempt(f"sym Proposal {kw}", lambda: mx.sym.contrib.Proposal(a, b, mx.sym.var("c"), **kw).list_attr())
attempt("sym multi_adamw lrs=None",
        lambda: mx.sym._internal._multi_adamw_update(a, b, lrs=None, wds=(0.5,), etas=(0.5,)).list_attr())
