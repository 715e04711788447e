"""nd.zeros/ones/eye given an unknown keyword refuse first a bad value of a field their parser reads before it (shape, N, M, k, dtype), as MXNet's."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def t(label, f):
    try:
        r = f()
        print(label, r.shape, r.dtype)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


x = nd.ones((2, 3))
t("1", lambda: nd.zeros(shape='a', bogus=1))
t("2", lambda: nd.zeros('(2,3)', bogus=1))
t("3", lambda: nd.zeros((2,3), bogus=1))
t("4", lambda: nd.zeros(x, bogus=1))
t("5", lambda: nd.eye(2, M='x', bogus=1))
t("6", lambda: nd.eye(2, k='x', bogus=1))
t("7", lambda: nd.eye(2, dtype='bool', bogus=1))
t("8", lambda: nd.eye(2, dtype='int8', bogus=1))
t("9", lambda: nd.ones((2,), dtype='bool', bogus=1))
t("10", lambda: nd.ones((2,), dtype=np.int8, bogus=1, other=2))
t("11", lambda: nd.ones((2,), ctx=mx.cpu(1), bogus=1))
t("12", lambda: nd.ones((-2,), bogus=1))
t("13", lambda: nd.ones((2.5,), bogus=1))
t("14", lambda: nd.ones(2.5, bogus=1))
t("15", lambda: nd.eye(2.5, bogus=1))
t("16", lambda: nd.eye(-1, bogus=1))
t("17", lambda: nd.eye(2, M=-1, bogus=1))
t("18", lambda: nd.zeros((2,), dtype='float16', stype='default', bogus=1))
t("more", lambda: nd.ones(shape='a', bogus=1))
t("more", lambda: nd.ones(bogus=1, shape='a'))
t("more", lambda: nd.eye(N='a', bogus=1))
t("more", lambda: nd.eye(bogus=1, N='a'))
t("more", lambda: nd.eye(2, bogus=1))
t("more", lambda: nd.eye('x', bogus=1))
t("more", lambda: nd.zeros((2,), dtype='bad', bogus=1))
t("more", lambda: nd.ones(x, bogus=1))
t("more", lambda: nd.ones((2,), bogus=1))
