"""The interleaved attention operators check their input shapes in MXNet's words and read a ragged projection
with MXNet's rounded-down head width."""
import numpy as np

import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, np.round(r.asnumpy().astype(np.float64), 4).ravel()[:6].tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.arange(3 * 2 * 12, dtype=np.float32).reshape(3, 2, 12) / 40
c = nd.contrib
attempt("selfatt_qk", lambda: c.interleaved_matmul_selfatt_qk(nd.array(x), heads=2))
attempt("selfatt_qk ragged 10", lambda: c.interleaved_matmul_selfatt_qk(nd.array(x[..., :10]), heads=2))
attempt("selfatt_qk ragged 9", lambda: c.interleaved_matmul_selfatt_qk(nd.array(x[..., :9]), heads=2))
attempt("selfatt_qk 2-D", lambda: c.interleaved_matmul_selfatt_qk(nd.ones((3, 12)), heads=2))
attempt("selfatt_valatt", lambda: c.interleaved_matmul_selfatt_valatt(nd.array(x), nd.ones((4, 3, 3)), heads=2))
attempt("selfatt_valatt 2-D attention", lambda: c.interleaved_matmul_selfatt_valatt(nd.array(x), nd.ones((4, 3)), heads=2))
attempt("selfatt_valatt length 1", lambda: c.interleaved_matmul_selfatt_valatt(nd.array(x), nd.ones((4, 2, 3)), heads=2))
attempt("selfatt_valatt length 2", lambda: c.interleaved_matmul_selfatt_valatt(nd.array(x), nd.ones((4, 3, 2)), heads=2))
attempt("selfatt_valatt not thirds", lambda: c.interleaved_matmul_selfatt_valatt(nd.ones((3, 2, 10)), nd.ones((4, 3, 3)), heads=2))
q, kv = nd.array(x[..., :4]), nd.array(np.arange(5 * 2 * 8, dtype=np.float32).reshape(5, 2, 8) / 50)
attempt("encdec_qk", lambda: c.interleaved_matmul_encdec_qk(q, kv, heads=2))
attempt("encdec_qk 2-D queries", lambda: c.interleaved_matmul_encdec_qk(nd.ones((3, 4)), kv, heads=2))
attempt("encdec_qk 2-D keys", lambda: c.interleaved_matmul_encdec_qk(q, nd.ones((5, 8)), heads=2))
attempt("encdec_qk widths", lambda: c.interleaved_matmul_encdec_qk(q, nd.ones((5, 2, 6)), heads=2))
attempt("encdec_qk batches", lambda: c.interleaved_matmul_encdec_qk(q, nd.ones((5, 3, 8)), heads=2))
attempt("encdec_valatt", lambda: c.interleaved_matmul_encdec_valatt(kv, nd.ones((4, 3, 5)), heads=2))
attempt("encdec_valatt 2-D keys", lambda: c.interleaved_matmul_encdec_valatt(nd.ones((5, 8)), nd.ones((4, 3, 5)), heads=2))
attempt("encdec_valatt 2-D attention", lambda: c.interleaved_matmul_encdec_valatt(kv, nd.ones((4, 3)), heads=2))
attempt("encdec_valatt lengths", lambda: c.interleaved_matmul_encdec_valatt(kv, nd.ones((4, 3, 4)), heads=2))
attempt("encdec_valatt heads", lambda: c.interleaved_matmul_encdec_valatt(kv, nd.ones((3, 3, 5)), heads=2))
s = mx.sym.contrib.interleaved_matmul_encdec_qk(mx.sym.var("q"), mx.sym.var("kv"), heads=2)
for shapes in [dict(q=(3, 2, 4), kv=(5, 2, 8)), dict(q=(3, 2, 4), kv=(5, 2, 6))]:
    try:
        print("symbol", shapes, "->", s.infer_shape(**shapes)[1])
    except Exception as e:
        print("symbol", shapes, "->", words(e))
