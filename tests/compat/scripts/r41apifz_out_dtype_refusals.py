"""out= arrays of the wrong dtype across legacy operators: the refusal's source line and words, and the out= array after."""
import mxnet as mx

f = lambda *s: mx.nd.ones(s)
cases = {
 'multi_sum_sq': lambda o: mx.nd.multi_sum_sq(f(2), f(3), num_arrays=2, out=o),
 'multi_lars': lambda o: mx.nd.multi_lars(f(2), f(2), f(2), f(2), eta=0.1, eps=0.0, out=o),
 'norm': lambda o: mx.nd.norm(f(2), out=o),
 'softmax_cross_entropy': lambda o: mx.nd.softmax_cross_entropy(f(2, 3), mx.nd.array([0, 1]), out=o),
 'smooth_l1': lambda o: mx.nd.smooth_l1(f(2), scalar=1.0, out=o),
 'khatri_rao': lambda o: mx.nd.khatri_rao(f(2, 2), f(3, 2), out=o),
 'preloaded_multi_sgd_update': lambda o: mx.nd.preloaded_multi_sgd_update(f(2), f(2), f(1), f(1), num_weights=1, out=o),
 'multi_sgd_update': lambda o: mx.nd.multi_sgd_update(f(2), f(2), lrs=(0.1,), wds=(0.0,), num_weights=1, out=o),
 'sgd_update': lambda o: mx.nd.sgd_update(f(2), f(2), lr=0.1, out=o),
 'adam_update': lambda o: mx.nd.adam_update(f(2), f(2), f(2), f(2), lr=0.1, out=o),
 'ctc_loss': lambda o: mx.nd.ctc_loss(f(3, 1, 4), mx.nd.array([[1, 2]]), out=o),
 'box_nms': lambda o: mx.nd.contrib.box_nms(f(1, 2, 6), out=o),
 'allclose': lambda o: mx.nd.contrib.allclose(f(2), f(2), out=o),
 'SoftmaxActivation': lambda o: mx.nd.SoftmaxActivation(f(2, 3), out=o),
 'LinearRegressionOutput': lambda o: mx.nd.LinearRegressionOutput(f(2, 3), f(2, 3), out=o),
 'IdentityAttachKLSparseReg': lambda o: mx.nd.IdentityAttachKLSparseReg(f(2, 3), out=o),
 'Pad': lambda o: mx.nd.Pad(f(1, 1, 2, 2), mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1), out=o),
 'L2Normalization': lambda o: mx.nd.L2Normalization(f(2, 3), out=o),
 'Deconvolution': lambda o: mx.nd.Deconvolution(f(1, 1, 2, 2), f(1, 1, 1, 1), kernel=(1, 1), num_filter=1, no_bias=True, out=o),
 'FullyConnected': lambda o: mx.nd.FullyConnected(f(2, 3), f(1, 3), no_bias=True, num_hidden=1, out=o),
 'Activation': lambda o: mx.nd.Activation(f(2), act_type='relu', out=o),
 'LeakyReLU': lambda o: mx.nd.LeakyReLU(f(2), out=o),
 'LayerNorm': lambda o: mx.nd.LayerNorm(f(2, 3), f(3), f(3), out=o),
 'GroupNorm': lambda o: mx.nd.GroupNorm(f(2, 2, 3), f(1), f(1), out=o),
 'BlockGrad': lambda o: mx.nd.BlockGrad(f(2), out=o),
 'Cast': lambda o: mx.nd.Cast(f(2), dtype='float32', out=o),
 'sum_axis': lambda o: mx.nd.sum_axis(f(2, 2), axis=0, out=o),
 'broadcast_axis': lambda o: mx.nd.broadcast_axis(f(1, 2), axis=0, size=2, out=o),
 'slice_axis': lambda o: mx.nd.slice_axis(f(4), axis=0, begin=0, end=2, out=o),
 'SliceChannel': lambda o: mx.nd.SliceChannel(f(2, 2), num_outputs=1, out=o),
 'Flatten': lambda o: mx.nd.Flatten(f(2, 1), out=o),
 'erfinv': lambda o: mx.nd.erfinv(f(2) * 0.5, out=o),
 'gamma': lambda o: mx.nd.gamma(f(2), out=o),
 'digamma': lambda o: mx.nd.digamma(f(2), out=o),
 'topk': lambda o: mx.nd.topk(f(2), k=1, ret_typ='value', out=o),
 'hard_sigmoid': lambda o: mx.nd.hard_sigmoid(f(2), out=o),
 'log_softmax': lambda o: mx.nd.log_softmax(f(2), out=o),
 'softmin': lambda o: mx.nd.softmin(f(2), out=o),
}
for name, fn in cases.items():
    for dt in ['int32', 'float16']:
        o = None
        try:
            shapes = {'multi_sum_sq': (2,), 'khatri_rao': (6, 2), 'softmax_cross_entropy': (1,), 'ctc_loss': (1,), 'box_nms': (1, 2, 6), 'allclose': (1,), 'SoftmaxActivation': (2, 3), 'LinearRegressionOutput': (2, 3), 'IdentityAttachKLSparseReg': (2, 3), 'Pad': (1, 1, 4, 4), 'L2Normalization': (2, 3), 'Deconvolution': (1, 1, 2, 2), 'FullyConnected': (2, 1), 'LayerNorm': (2, 3), 'GroupNorm': (2, 2, 3), 'sum_axis': (2,), 'broadcast_axis': (2, 2), 'Flatten': (2, 1), 'norm': (1,)}
            o = mx.nd.zeros(shapes.get(name, (2,)), dtype=dt)
            fn(o)
            print(name, dt, 'ok', o.asnumpy().tolist())
        except Exception as e:
            lines = [l for l in str(e).strip().split('\n') if l.strip()]
            print(name, dt, '!!', type(e).__name__, ' | '.join(lines[1:3])[:220])
            try:
                print('   out after:', o.asnumpy().tolist() if o is not None else None)
            except Exception as e2:
                print('   out after: ERR', str(e2).strip().split('\n')[-1][:100])
for name in ['softmax', 'log_softmax', 'softmin']:
    for dt in ['int32', 'float16']:
        for kw in [{}, {'dtype': 'float64'}, {'axis': 0}]:
            try:
                o = mx.nd.zeros((2,), dtype=dt); getattr(mx.nd, name)(f(2), out=o, **kw); print(name, dt, kw, 'ok')
            except Exception as e:
                print(name, dt, kw, '!!', ' | '.join(str(e).strip().split('\n')[1:3])[:220])
    try:
        print(name, 'in int', getattr(mx.nd, name)(mx.nd.ones(2, dtype='int32')).dtype)
    except Exception as e:
        print(name, 'in int !!', ' | '.join(str(e).strip().split('\n')[1:3])[:220])
