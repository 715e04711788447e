"""out= lists of multi-output operators (split, topk both, moments, SliceChannel, linalg): counts, shapes and dtypes refused as MXNet refuses them (split names its slice_channel_node type check)."""
import mxnet as mx

nd = mx.nd
x = nd.array([[1., -2, 3], [0.5, 4, -1]])


def t(f):
    try:
        r = f()
        return [o.asnumpy().tolist() for o in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist()
    except mx.MXNetError as e:
        return 'ERR %r' % str(e)


cases = {
    'split list': lambda: nd.split(x, num_outputs=3, axis=1, out=[nd.zeros((2, 1))] * 3),
    'split short': lambda: nd.split(x, num_outputs=3, axis=1, out=[nd.zeros((2, 1))] * 2),
    'split wrong': lambda: nd.split(x, num_outputs=3, axis=1, out=[nd.zeros((2, 1)), nd.zeros((2, 2)),
                                                                   nd.zeros((2, 1))]),
    'split dtype': lambda: nd.split(x, num_outputs=3, axis=1, out=[nd.zeros((2, 1)), nd.zeros((2, 1), dtype='int32'),
                                                                   nd.zeros((2, 1))]),
    'split dtype first': lambda: nd.split(x, num_outputs=3, axis=1, out=[nd.zeros((2, 1), dtype='float16'),
                                                                         nd.zeros((2, 1)), nd.zeros((2, 1))]),
    'topk both': lambda: nd.topk(x, k=2, ret_typ='both', out=[nd.zeros((2, 2)), nd.zeros((2, 2))]),
    'topk both one': lambda: nd.topk(x, k=2, ret_typ='both', out=nd.zeros((2, 2))),
    'topk both shape': lambda: nd.topk(x, k=2, ret_typ='both', out=[nd.zeros((2, 3)), nd.zeros((2, 2))]),
    'moments': lambda: nd.moments(x, axes=(1,), out=[nd.zeros(2), nd.zeros(2)]),
    'moments wrong': lambda: nd.moments(x, axes=(1,), out=[nd.zeros(3), nd.zeros(2)]),
    'SliceChannel': lambda: nd.SliceChannel(x, num_outputs=2, axis=0, out=(nd.zeros((1, 3)), nd.zeros((1, 3)))),
    'linalg_gelqf': lambda: nd.linalg.gelqf(x, out=[nd.zeros((2, 3)), nd.zeros((2, 2))]),
    'linalg_syevd wrong': lambda: nd.linalg.syevd(nd.array([[2., 1], [1, 3]]), out=[nd.zeros((2, 2)), nd.zeros((3,))]),
}
for k, f in cases.items():
    print(k, t(f))
