"""One-axis operators on 0-d arrays take axis 0 or -1 only (softmax, log_softmax: 'out of bounds for 0-dimension
tensor'; argmax/argmin: a check with no words after it); topk and sort on bool arrays, which have no kernel, check
k and the axis first, in an NDArray call's words."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

from _words import words

npx.set_np()


def show(label, make):
    try:
        r = make()
        r = r[0] if isinstance(r, list) else r
        print(label, r.dtype, r.shape)
        print(label, r)
    except Exception as e:  # noqa: BLE001
        print(label, words(e))


z = np.array(2.0)
for ax in [0, -1, 1, -2, 3]:
    show('argmax %d' % ax, lambda: np.argmax(z, axis=ax))
    show('argmin %d' % ax, lambda: np.argmin(z, axis=ax))
    show('softmax %d' % ax, lambda: npx.softmax(z, axis=ax))
    show('log_softmax %d' % ax, lambda: npx.log_softmax(z, axis=ax))
    show('pick 0-d %d' % ax, lambda: npx.pick(z, np.zeros(()), axis=ax))
for sh in [(1,), (2, 2), ()]:
    b = np.ones(sh, dtype='bool')
    for k in [1, 3, -1]:
        for ax in [-1, 0, 2, None]:
            show('topk %s %d %s' % (sh, k, ax), lambda: npx.topk(b, k=k, axis=ax, ret_typ='value'))
    for ax in [-1, 3]:
        show('sort %s %s' % (sh, ax), lambda: np.sort(b, axis=ax))
        show('argsort %s %s' % (sh, ax), lambda: np.argsort(b, axis=ax))
        show('nd topk %s %s' % (sh, ax), lambda: mx.nd.topk(mx.nd.ones(sh, dtype='bool'), axis=ax, k=2))
