"""Executors over sort, topk and non-differentiable ops: sort's gradient (topk's backward over all values), a
sort without an axis refused at bind only where its gradient is needed, khatri_rao behind a comparison."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
CASES = [('sort_axis0', lambda x: S.sort(x, axis=0) * 2), ('sort_desc', lambda x: S.sort(x, axis=1, is_ascend=False) * 2),
         ('sort_no_axis', lambda x: S.sort(x) * 2), ('sort_no_axis_compared', lambda x: S.sort(x) >= 1),
         ('sort_no_axis_blocked', lambda x: S.BlockGrad(S.sort(x)) + x),
         ('sort_no_axis_fc_compared', lambda x: S.FullyConnected(S.sort(x), num_hidden=2) > 0),
         ('topk_values', lambda x: S.topk(x, k=2, ret_typ='value') * 3), ('topk_compared', lambda x: S.topk(x, k=2, ret_typ='value') > 1),
         ('khatri_rao', lambda x: S.khatri_rao(x, x)), ('khatri_rao_compared', lambda x: S.khatri_rao(x, x) >= 1),
         ('khatri_rao_blocked', lambda x: S.BlockGrad(S.khatri_rao(x, x)) + 1),
         ('khatri_rao_fc_compared', lambda x: S.FullyConnected(S.khatri_rao(x, x), num_hidden=2) > 0),
         ('khatri_rao_abs_compared', lambda x: S.abs(S.khatri_rao(x, x)) > 0),
         ('argmax_channel_compared', lambda x: S.argmax_channel(x) > 0), ('argmax_channel_scaled', lambda x: S.argmax_channel(x) * 2)]
for label, make in CASES:
    for req in ('write', 'null'):
        mx.name.NameManager._current.value = mx.name.NameManager()
        try:
            ex = make(S.Variable('data')).simple_bind(mx.cpu(), grad_req=req, data=(2, 3))
            ex.arg_dict['data'][:] = mx.nd.array([[3, 1, 2], [0, 5, 4]])
            out = ex.forward(is_train=True)[0]
            ex.backward(mx.nd.arange(1, out.size + 1).reshape(out.shape))
            grad = ex.grad_dict.get('data')
            print(label, req, out.asnumpy().tolist(), None if grad is None else grad.asnumpy().tolist())
        except Exception as e:
            print(label, req, words(e))
