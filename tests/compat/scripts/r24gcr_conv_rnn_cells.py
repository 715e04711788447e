"""Convolutional RNN cells of gluon.contrib.rnn: construction (repr, parameters, state_info, gate names),
refusals, and unrolled values per layout with constant weights."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon.contrib import rnn as crnn
from _words import words

SHAPES = {1: ((2, 5), 'NWC'), 2: ((2, 5, 4), 'NHWC'), 3: ((2, 3, 4, 3), 'NDHWC')}
for kind in ['RNN', 'LSTM', 'GRU']:
    for dim, (shp, last) in SHAPES.items():
        name = f'Conv{dim}D{kind}Cell'
        cls = getattr(crnn, name)
        for text in ["cls(shp, 3, 3, 3)", "cls(shp, 3, 3, 3, i2h_pad=1, i2h_dilate=2, activation='relu')",
                     "cls(shp, 3, (3,) * (dim + 1), 3)", "cls(shp, 3, 3, 4)", "cls(shp[:-1], 3, 3, 3)",
                     "cls(shp, 3, 3, 3, conv_layout=last)"]:
            try:
                cell = eval(text)
            except Exception as e:
                print(name, text, '->', words(e))
                continue
            print(name, text, '->', repr(cell).replace('\n', ' '))
            print('   ', [(k, v.shape) for k, v in cell.collect_params().items()], cell.state_info(2), cell._gate_names)
        cell = cls(shp, 2, 3, 3, i2h_pad=1)
        cell.initialize(mx.init.Constant(0.04))
        for layout, merge in [('NTC', True), ('TNC', True), ('NTC', False)]:
            x = nd.arange(2 * 2 * int(nd.prod(nd.array(shp)).asscalar())).reshape((2, 2) + shp) / 50
            out, states = cell.unroll(2, x, layout=layout, merge_outputs=merge)
            out = out if merge else nd.stack(*out, axis=1)
            print('   ', layout, merge, out.shape, out.sum(axis=tuple(range(2, 3 + dim))).asnumpy().round(5).tolist(),
                  [s.sum().asnumpy().round(4).tolist() for s in states])
        cell.hybridize()
        x0 = nd.split(x, 2, axis=1, squeeze_axis=True)[0]       # (x[:, 0] of a 6-D array is refused)
        print('    hybridized step', cell(x0, cell.begin_state(2))[0].sum().asnumpy().round(4).tolist())
        for text in ["cell(x0[:, :1], cell.begin_state(2))", "cell.unroll(3, x)", "cell(x, cell.begin_state(2))"]:
            try:
                eval(text)[0].wait_to_read()
                print('   ', text, '-> ok')
            except Exception as e:
                print('   ', text, '->', words(e))
