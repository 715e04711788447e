"""MakeLoss of legacy zero-size (unknown) data fails its flattened copy's assignment where only the last size is unknown, else the flattening's known-size check."""
import mxnet as mx
import numpy as np


def show(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.asnumpy().tolist())
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(label, type(e).__name__, next((l for l in lines if 'MXNetError' in l or 'Check' in l), lines[-1]))


def legacy(shape):
    return mx.nd.array(np.zeros(shape))


show('(0,)', lambda: mx.nd.MakeLoss(legacy((0,))))
show('(2,0)', lambda: mx.nd.MakeLoss(legacy((2, 0))))
show('(3,2,0)', lambda: mx.nd.MakeLoss(legacy((3, 2, 0))))
show('(0,3)', lambda: mx.nd.MakeLoss(legacy((0, 3))))
show('(0,0)', lambda: mx.nd.MakeLoss(legacy((0, 0))))
show('(2,0,3)', lambda: mx.nd.MakeLoss(legacy((2, 0, 3))))
show('valid', lambda: mx.nd.MakeLoss(legacy((0,)), normalization='valid', grad_scale=2))
show('make_loss', lambda: mx.nd.make_loss(legacy((0,))))
show('known', lambda: mx.nd.MakeLoss(mx.nd.ones((2, 3))))
