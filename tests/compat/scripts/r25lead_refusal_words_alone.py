# Refusals of csr/row_sparse construction, add_n, multi_sum_sq, in-place bool, CTCLoss length types: MXNet's
# words alone, at their source lines.
# recorded on AVX2
import re
import mxnet as mx
o = mx.nd.ones
def show(label, f):
    try:
        r = f()
        if hasattr(r, 'wait_to_read'):
            r.wait_to_read()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\]", "[T]", repr(str(e)))[:500])
show('csr indptr', lambda: mx.nd.sparse.csr_matrix((mx.nd.array([1, 2]), mx.nd.array([0, 1]), mx.nd.array([0, 1, 2, 2])), shape=(2, 3)).check_format())
r1, r2 = o((2, 3)).tostype('row_sparse'), o((3, 3)).tostype('row_sparse')
show('add_n rsp', lambda: mx.nd.add_n(r1, r2))
show('rsp too many', lambda: mx.nd.sparse.row_sparse_array((mx.nd.ones((3, 2)), mx.nd.array([0, 1])), shape=(4, 2)))
show('multi_sum_sq', lambda: mx.nd.multi_sum_sq(o(2), o(2, dtype='float16'), num_arrays=2))
show('multi_lamb lrs', lambda: mx.nd.multi_sgd_update(o(2), o(2), lrs=mx.nd.array([0.1], dtype='float16'), wds=(0.,), num_weights=1))
b = mx.nd.array([1, 0], dtype='bool')
def iadd():
    global b
    b += 1
show('bool iadd', iadd)
show('pool same', lambda: mx.nd.Pooling(o((1, 1, 4, 4)), kernel=(2, 2), pooling_convention='same', pad=(0,)))
show('rnn p', lambda: mx.nd.RNN(o((3, 2, 4)), o((56,)), o((1, 2, 4)), state_size=4, num_layers=1, mode='rnn_tanh', p=1.5))
show('ctc lengths', lambda: mx.nd.CTCLoss(o((5, 2, 4)), o((2, 3)), mx.nd.array([5, 5], dtype='int32'), use_data_lengths=True))
