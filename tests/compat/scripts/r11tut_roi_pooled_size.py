"""ROIPooling and ROIAlign read a pooled_size given as None as a shape of unknown rank, refused as MXNet's parser does."""
import mxnet as mx
d = mx.nd.ones((1, 1, 4, 4)); rois = mx.nd.array([[0, 0, 0, 2, 2]])
for f in [lambda: mx.nd.ROIPooling(d, rois, pooled_size=None, spatial_scale=1.0),
          lambda: mx.nd.ROIPooling(d, rois, pooled_size=(2,), spatial_scale=1.0),
          lambda: mx.nd.ROIPooling(d, rois, spatial_scale=1.0),
          lambda: mx.nd.contrib.ROIAlign(d, rois, pooled_size=None, spatial_scale=1.0),
          lambda: mx.nd.contrib.ROIAlign(d, rois, pooled_size=(2, 2), spatial_scale=1.0).shape,
          lambda: mx.sym.ROIPooling(mx.sym.var('a'), mx.sym.var('b'), pooled_size=None, spatial_scale=1.0)]:
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, str(e).split('\n')[0].replace('MXNetError: ', ''))
