"""Executor binding checks: kernels created at bind refuse dtypes they lack, grad_req forms of bind and
simple_bind, backward after an inference forward, gradient arrays of another dtype, float CTC labels."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        out = fn()
        print(label, "ok", "" if out is None else out)
    except Exception as e:      # noqa: BLE001 - the class is what is compared
        print(label, type(e).__name__)


x, l = mx.sym.var('x'), mx.sym.var('l')
OPS = {
    "MakeLoss": (mx.sym.MakeLoss(x), {"x": (2, 3)}),
    "Dropout": (mx.sym.Dropout(x, p=0.5), {"x": (2, 3)}),
    "RNN": (mx.sym.RNN(x, state_size=2, num_layers=1, mode='rnn_tanh'), {"x": (2, 1, 3)}),
    "L2Normalization": (mx.sym.L2Normalization(x), {"x": (2, 3)}),
    "SVMOutput": (mx.sym.SVMOutput(x), {"x": (2, 3)}),
    "Pad": (mx.sym.pad(x, mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), {"x": (1, 1, 2, 2)}),
    "ROIPooling": (mx.sym.ROIPooling(x, l, pooled_size=(1, 1), spatial_scale=1.0), {"x": (1, 1, 3, 3), "l": (1, 5)}),
    "GridGenerator": (mx.sym.GridGenerator(x, transform_type='affine', target_shape=(2, 2)), {"x": (1, 6)}),
    "BilinearSampler": (mx.sym.BilinearSampler(x, l), {"x": (1, 1, 2, 2), "l": (1, 2, 2, 2)}),
    "Correlation": (mx.sym.Correlation(x, l), {"x": (1, 1, 3, 3), "l": (1, 1, 3, 3)}),
    "softmax": (mx.sym.softmax(x), {"x": (2, 3)}),
}
for dtype in ("int32", "uint8", "float16", "float64"):
    for name, (sym, shapes) in OPS.items():
        types = {k: dtype for k in shapes}
        attempt(f"simple_bind {name} {dtype}",
                lambda: sym.simple_bind(mx.cpu(), grad_req='null', type_dict=types, **shapes).outputs[0].dtype.__name__)
        args = {k: mx.nd.ones(s, dtype=dtype) for k, s in zip(sym.list_arguments(), sym.infer_shape(**shapes)[0])}
        attempt(f"bind {name} {dtype}", lambda: sym.bind(mx.cpu(), args).outputs[0].dtype.__name__)

for dtype in ("int32", "uint8"):
    d = mx.nd.ones((1, 1, 3, 3), dtype=dtype)
    attempt(f"nd.SVMOutput {dtype}", lambda: mx.nd.SVMOutput(d.reshape((3, 3)), mx.nd.ones((3,), dtype=dtype)).asnumpy())
    attempt(f"nd.Correlation {dtype}", lambda: mx.nd.Correlation(d, d).asnumpy())
    attempt(f"nd.softmax_cross_entropy {dtype}",
            lambda: mx.nd.softmax_cross_entropy(d.reshape((3, 3)), mx.nd.ones((3,), dtype=dtype)).asnumpy())
attempt("infer_type IdentityAttachKLSparseReg float64", lambda: mx.sym.IdentityAttachKLSparseReg(x).infer_type(x='float64'))
attempt("simple_bind IdentityAttachKLSparseReg float16",
        lambda: mx.sym.IdentityAttachKLSparseReg(x).simple_bind(mx.cpu(), type_dict={'x': 'float16'}, x=(2, 3)))

w, b = mx.sym.var('w'), mx.sym.var('b')
net = mx.sym.broadcast_add(mx.sym.dot(x, w), b) * 2


def arrays():
    return [mx.nd.array([[1., 2.], [3., 4.]]), mx.nd.array([[.5, -1.], [2., .25]]), mx.nd.array([[1., -1.]])]


def bind_and_grad(req, grads):
    ex = net.bind(mx.cpu(), arrays(), args_grad=grads, grad_req=req)
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    return [None if g is None else g.asnumpy().tolist() for g in ex.grad_arrays] if grads is not None else None


for req in (['write', 'add', 'bogus'], ('write', 'write', 'write'), None, 1, {'x': 'bogus'}, {'x': 'add'}):
    for grads in (None, [None, mx.nd.zeros((2, 2)), None], [mx.nd.zeros((2, 2)), mx.nd.zeros((2, 2)), mx.nd.zeros((1, 2))]):
        attempt(f"bind grad_req={req!r} grads={'none' if grads is None else sum(g is not None for g in grads)}",
                lambda: bind_and_grad(req, grads))
for req in (['write', 'add', 'bogus'], ['write'], ('write',) * 3, None, 1, {'x': 'bogus'}, {'zz': 'add'},
            {'x': 'add', 'zz': 'bogus'}, [], {}, 'bogus', ['write', 'add', 'null', 'add'], ['null', 'add', 'write']):
    attempt(f"simple_bind grad_req={req!r}",
            lambda: [g is None for g in net.simple_bind(mx.cpu(), grad_req=req, x=(2, 2), w=(2, 2), b=(1, 2)).grad_arrays])


def backward_after(is_train, out_grads):
    ex = net.bind(mx.cpu(), arrays(), args_grad=[mx.nd.zeros((2, 2)), mx.nd.zeros((2, 2)), mx.nd.zeros((1, 2))])
    ex.forward(is_train=is_train)
    ex.backward(out_grads)
    return ex.grad_arrays[1].asnumpy().tolist()


for is_train in (True, False):
    for og in (None, [], mx.nd.ones((2, 2))):
        attempt(f"backward is_train={is_train} out_grads={'array' if isinstance(og, mx.nd.NDArray) else og}",
                lambda: backward_after(is_train, og))


def mixed_grad_dtype():
    ex = net.bind(mx.cpu(), arrays(), args_grad=[mx.nd.zeros((2, 2), dtype='float64'), mx.nd.zeros((2, 2)),
                                                  mx.nd.zeros((1, 2))])
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    return ex.grad_arrays[0].asnumpy().tolist()


attempt("float64 gradient of a float32 argument", mixed_grad_dtype)
attempt("sort without axis, grads", lambda: mx.sym.sort(x).simple_bind(mx.cpu(), x=(2, 3)))
attempt("sort with axis, grads", lambda: mx.sym.sort(x, axis=1).simple_bind(mx.cpu(), x=(2, 3)).outputs[0].shape)
attempt("sort without axis, no grads", lambda: mx.sym.sort(x).simple_bind(mx.cpu(), grad_req='null', x=(2, 3)).outputs[0].shape)

acts = mx.nd.array(np.random.RandomState(0).uniform(-1, 1, (4, 1, 5)))
for lab in ([2.5, 1], [1.49, 2], [1.51, 2], [3.5, 3.5], [1.7, 2.2]):
    print("ctc_loss", lab, mx.nd.ctc_loss(acts, mx.nd.array([lab])).asnumpy().round(5),
          mx.nd.ctc_loss(acts, mx.nd.array([lab]), mx.nd.array([1.6]), use_label_lengths=True).asnumpy().round(5))
for length in (2.4, 2.5, 2.6):
    print("ctc_loss data length", length,
          mx.nd.ctc_loss(acts, mx.nd.array([[1, 2]]), mx.nd.array([length]), use_data_lengths=True).asnumpy().round(5))

fc = mx.sym.FullyConnected(x, num_hidden=3, name='fc')
pair = mx.sym.Group([fc, fc])
attempt("Group([fc, fc]) outputs", lambda: pair.list_outputs())
attempt("Group([fc, fc]) output_dict", lambda: sorted(pair.simple_bind(mx.cpu(), x=(2, 4)).output_dict))
attempt("Group([fc, fc]) forward", lambda: [o.shape for o in pair.simple_bind(mx.cpu(), x=(2, 4)).forward()])
attempt("simple_bind with a list shape", lambda: fc.simple_bind(mx.cpu(), x=[2, 4]).outputs[0].shape)
attempt("simple_bind with a list shape and the weight's tuple",
        lambda: fc.simple_bind(mx.cpu(), x=[2, 4], fc_weight=(3, 4)).outputs[0].shape)

twice = x * 2
ex = twice.bind(mx.cpu(), {'x': mx.nd.ones((2,))}, args_grad={'x': mx.nd.zeros((2,))})
ex.arg_dict['x'] = mx.nd.ones((2,)) * 5          # replacing an entry rebinds nothing
print("replaced arg_dict entry", ex.forward()[0].asnumpy(), ex.arg_dict['x'].asnumpy(), ex.arg_arrays[0].asnumpy())
ex.arg_arrays[0] = mx.nd.ones((2,)) * 7
print("replaced arg_arrays item", ex.forward()[0].asnumpy())
ex.arg_dict['x'][:] = 3
print("written replaced entry", ex.forward()[0].asnumpy(), ex.arg_arrays[0].asnumpy())
grads = ex.grad_dict
grads['x'] = mx.nd.ones((2,)) * 9
ex.forward(is_train=True)
ex.backward(mx.nd.ones((2,)))
print("replaced grad_dict entry", ex.grad_dict['x'].asnumpy(), ex.grad_arrays[0].asnumpy(), grads['x'].asnumpy())
print("cached dicts", ex.arg_dict is ex.arg_dict, ex.grad_dict is ex.grad_dict, ex.output_dict is ex.output_dict,
      ex.aux_dict is ex.aux_dict)
ex.forward(x=mx.nd.ones((2,)) * 4)
print("forward keyword into the replaced entry", ex.outputs[0].asnumpy(), ex.arg_dict['x'].asnumpy())
