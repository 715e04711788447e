"""calibrate_entropy takes a float32 histogram and edges (types checked first) with one more edge than bins."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        print(label, [(o.dtype.__name__, o.asnumpy().tolist()) for o in out])
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


hist, edges = np.arange(1, 12), np.linspace(-1, 1, 12)
show('ok', lambda: nd.contrib.calibrate_entropy(nd.array(hist), nd.array(edges), num_quantized_bins=3))
show('2-d histogram', lambda: nd.contrib.calibrate_entropy(nd.array(hist.reshape(1, 11)), nd.array(edges),
                                                           num_quantized_bins=3))
show('int32 histogram', lambda: nd.contrib.calibrate_entropy(nd.array(hist, dtype='int32'), nd.array(edges),
                                                             num_quantized_bins=3))
show('float64 histogram', lambda: nd.contrib.calibrate_entropy(nd.array(hist, dtype='float64'), nd.array(edges)))
show('float64 edges', lambda: nd.contrib.calibrate_entropy(nd.array(hist), nd.array(edges, dtype='float64'),
                                                           num_quantized_bins=3))
show('short edges', lambda: nd.contrib.calibrate_entropy(nd.array(hist), nd.array(edges[:-1]), num_quantized_bins=3))
show('short edges int32', lambda: nd.contrib.calibrate_entropy(nd.array(hist, dtype='int32'), nd.array(edges[:-1])))
