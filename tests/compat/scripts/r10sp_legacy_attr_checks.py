"""Legacy operator attributes: zero pooling windows, ROI pooled sizes, softmax dtypes and im2col's parameters."""
import mxnet as mx

x = mx.nd.arange(32).reshape((1, 2, 4, 4))
rois = mx.nd.array([[0, 0, 0, 3, 3]])
s = mx.sym.var('x')


def show(label, make):
    try:
        r = make()
        print(label, r.asnumpy().ravel().tolist() if isinstance(r, mx.nd.NDArray) else r)
    except mx.base.MXNetError as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
        print(label, 'MXNetError:', lines[0].replace('MXNetError: ', ''))


for k in [(0, 0), (0, 2), (2, 0), 0, '(2,0)']:
    show('Pooling kernel=%r' % (k,), lambda: mx.nd.Pooling(x, kernel=k, pool_type='max'))
    show('Pooling global kernel=%r' % (k,), lambda: mx.nd.Pooling(x, kernel=k, global_pool=True))
    show('sym.Pooling kernel=%r' % (k,), lambda: mx.sym.Pooling(s, kernel=k).name)
show('Pooling stride=(1, 0)', lambda: mx.nd.Pooling(x, kernel=(2, 2), stride=(1, 0)))
show('sym.Pooling global stride=(0, 0)', lambda: mx.sym.Pooling(s, global_pool=True, stride=(0, 0)).name)
show('Pooling_v1 kernel=(0, 2)', lambda: mx.nd.Pooling_v1(x, kernel=(0, 2)))
show('sym.Pooling_v1 kernel=(0, 2)', lambda: mx.sym.Pooling_v1(s, kernel=(0, 2)).name)
for p in [(0, 0), (0, 2), (2, 0), (2, 1), (1, 2, 2), (2,), 0]:
    show('ROIPooling pooled_size=%r' % (p,), lambda: mx.nd.ROIPooling(x, rois, pooled_size=p, spatial_scale=1.0))
    show('sym.ROIPooling pooled_size=%r' % (p,),
         lambda: mx.sym.ROIPooling(s, s, pooled_size=p, spatial_scale=1.0).name)
    show('sym.ROIAlign pooled_size=%r' % (p,),
         lambda: mx.sym.contrib.ROIAlign(s, s, pooled_size=p, spatial_scale=1.0).name)
    show('sym.RROIAlign pooled_size=%r' % (p,),
         lambda: mx.sym.contrib.RROIAlign(s, s, pooled_size=p, spatial_scale=1.0).name)
show('ROIPooling pooled_size=(-1, 2)', lambda: mx.nd.ROIPooling(x, rois, pooled_size=(-1, 2), spatial_scale=1.0))

y = mx.nd.array([[1, 2, 3], [4, 5, 6]])
for op in ['softmax', 'log_softmax', 'softmin']:
    for dt in ['float16', 'float64', 'int32', None]:
        show('%s dtype=%s' % (op, dt), lambda: getattr(mx.nd, op)(y, dtype=dt).dtype.__name__)
        show('sym.%s dtype=%s' % (op, dt), lambda: getattr(mx.sym, op)(s, dtype=dt).list_attr())
        show('sym.%s dtype=%s infer_type' % (op, dt),
             lambda: getattr(mx.sym, op)(s, dtype=dt).infer_type(x='float32')[1][0].__name__)

img = mx.nd.arange(2 * 3 * 4 * 4).reshape((2, 3, 4, 4))
for lay in ['NCHW', 'NHWC']:
    show('im2col layout=%s' % lay, lambda: mx.nd.im2col(img, kernel=(2, 2), layout=lay))
    show('sym.im2col layout=%s' % lay, lambda: mx.sym.im2col(s, kernel=(2, 2), layout=lay).name)
    show('col2im layout=%s' % lay,
         lambda: mx.nd.col2im(mx.nd.ones((2, 12, 9)), output_size=(4, 4), kernel=(2, 2), layout=lay))
    show('sym.col2im layout=%s' % lay, lambda: mx.sym.col2im(s, output_size=(4, 4), kernel=(2, 2), layout=lay).name)
show('im2col', lambda: mx.nd.im2col(img, kernel=(2, 2), stride=(2, 2))[0, :, 0])
show('col2im', lambda: mx.nd.col2im(mx.nd.ones((1, 4, 4)), output_size=(4, 4), kernel=(2, 2), stride=(2, 2)))
