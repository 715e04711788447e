"""Dropout, MakeLoss, L2Normalization and the Sequence ops refuse a type their kernel lacks only as MXNet creates the operator: after shape inference (which legacy unknown (0) sizes fail) and the out= array's shape and type checks, but before an output of unknown size is allocated; L2Normalization and the regression outputs check an out= array's type before its shape."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
calls = {
    'Dropout': lambda x, o: nd.Dropout(x, p=0.5, out=o),
    'L2Normalization': lambda x, o: nd.L2Normalization(x, out=o),
    'L2Normalization channel': lambda x, o: nd.L2Normalization(x, mode='channel', out=o),
    'MakeLoss': lambda x, o: nd.MakeLoss(x, out=o),
    'SequenceReverse': lambda x, o: nd.SequenceReverse(x, out=o),
    'SequenceMask': lambda x, o: nd.SequenceMask(x, out=o),
    'SequenceLast axis=1': lambda x, o: nd.SequenceLast(x, axis=1, out=o),
    'LinearRegressionOutput': lambda x, o: nd.LinearRegressionOutput(x, nd.zeros(x.shape), out=o),
    'LogisticRegressionOutput': lambda x, o: nd.LogisticRegressionOutput(x, nd.zeros(x.shape), out=o),
    'MAERegressionOutput': lambda x, o: nd.MAERegressionOutput(x, nd.zeros(x.shape), out=o),
}
for name, call in calls.items():
    for size in [(2, 3, 4), (0, 3, 4)]:
        for dtype in ['float32', 'int32', 'bool', 'uint8']:
            for out_size, out_dtype in [(size, dtype), (size, 'float64'), ((4, 3, 2), dtype), ((4, 3, 2), 'float64'),
                                        ((2, 4), dtype), ((2, 4), 'int32')]:
                show(f'{name} {dtype} {size} {out_dtype} {out_size}',
                     lambda: call(arr(size, dtype), arr(out_size, out_dtype)))
for name in ['Dropout', 'L2Normalization', 'MakeLoss']:
    for size in [(2, 0, 3), (0, 3), (0,)]:
        for dtype in ['int64', 'uint8', 'bool']:
            show(f'{name} {dtype} {size} no out', lambda: getattr(nd, name)(arr(size, dtype)))
for size in [(2, 0, 3), (0, 3)]:
    show(f'SwapAxis bool {size} no out', lambda: nd.SwapAxis(arr(size, 'bool'), dim1=0, dim2=1))
mx.nd.waitall()
