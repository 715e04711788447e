"""Under legacy shape semantics CTCLoss's shape checks print a zero size of data, labels or lengths as unknown (-1), as MXNet does."""
import mxnet as mx
import numpy as np

Z = lambda *s: mx.nd.array(np.zeros(s, np.float32))


def show(name, f):
    try:
        r = f()
        print(name, 'OK', r.shape, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', '|'))


for ctc in (mx.nd.CTCLoss, mx.nd.contrib.ctc_loss):
    show('no steps', lambda: ctc(Z(0, 2, 3), Z(2, 1)))
    show('no steps, long labels', lambda: ctc(Z(0, 2, 3), Z(2, 4)))
    show('no data batch', lambda: ctc(Z(3, 0, 3), Z(2, 1)))
    show('no label batch', lambda: ctc(Z(3, 2, 3), Z(0, 1)))
    show('no steps, data lengths', lambda: ctc(Z(0, 2, 3), Z(2, 1), Z(2), use_data_lengths=True))
    show('no batch, data lengths', lambda: ctc(Z(3, 0, 3), Z(0, 1), Z(2), use_data_lengths=True))
    show('no data lengths', lambda: ctc(Z(3, 2, 3), Z(2, 1), Z(0), use_data_lengths=True))
    show('no label lengths', lambda: ctc(Z(3, 2, 3), Z(2, 1), Z(0), use_label_lengths=True))
    mx.util.set_np_shape(True)
    show('np shape, no steps', lambda: ctc(Z(0, 2, 3), Z(2, 1)))
    show('np shape, no label batch', lambda: ctc(Z(3, 2, 3), Z(0, 1)))
    mx.util.set_np_shape(False)
