"""Gradient buffers of indices and labels: Embedding's and softmax_cross_entropy's refusals of a label/index gradient name the request (1 write, 3 add) and leave the label's buffer as it was; take, one_hot and pick beside them."""
from mxnet import nd, autograd
def short(e):
    return type(e).__name__ + ': ' + str(e).strip().split('\n')[-1][-110:]
def show(label, a):
    try:
        print(label, a.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(label, short(e))
for req in ['write', 'add', 'null']:
    idx = nd.array([0, 2, 1]); w = nd.arange(12).reshape((4, 3))
    idx.attach_grad(req); w.attach_grad()
    idx.grad[:] = 5
    with autograd.record():
        y = nd.Embedding(idx, w, input_dim=4, output_dim=3)
    try:
        y.backward(); print(req, 'emb bwd ok')
    except Exception as e:      # noqa: BLE001
        print(req, 'emb bwd', short(e))
    show('  idx.grad', idx.grad); show('  w.grad', w.grad)
    data = nd.array([[1., 2., 3.], [0.5, 0.1, 2.]]); label = nd.array([2, 0])
    data.attach_grad(); label.attach_grad(req)
    if req != 'null':
        label.grad[:] = 7
    with autograd.record():
        l = nd.softmax_cross_entropy(data, label)
    try:
        l.backward(); print(req, 'sce bwd ok')
    except Exception as e:      # noqa: BLE001
        print(req, 'sce bwd', short(e))
    show('  data.grad', data.grad); show('  label.grad', label.grad)
    ops = [('one_hot', lambda i, v: nd.one_hot(i, 4) * 2), ('pick', lambda i, v: nd.pick(v[:3], i, axis=1))]
    for name, f in ops + ([('take', lambda i, v: nd.take(v, i))] if req != 'add' else []):
        idx = nd.array([0, 2, 1]); v = nd.arange(12).reshape((4, 3))
        idx.attach_grad(req); v.attach_grad()
        if req != 'null':
            idx.grad[:] = 5
        with autograd.record():
            y = f(idx, v)
        try:
            y.backward(); print(req, name, 'bwd ok')
        except Exception as e:      # noqa: BLE001
            print(req, name, 'bwd', short(e))
        show('  idx.grad', idx.grad); show('  v.grad', v.grad)
