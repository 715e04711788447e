"""out= of the wrong length fails naming how many outputs MXNet's operator makes in all (det, L2Normalization, Pooling by type and layout, LeakyReLU, CTCLoss, the samplers, Correlation, ...)."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
import numpy as np
x = nd.array(np.random.RandomState(0).rand(2,3,4,4) + np.eye(4))
sq = nd.array(np.random.RandomState(0).rand(3,3) + 3 * np.eye(3))
g = nd.ones((3,)); b = nd.zeros((3,))
calls = {
 "det": lambda o: nd.linalg_det(sq, out=o), "slogdet": lambda o: nd.linalg_slogdet(sq, out=o), "inverse": lambda o: nd.linalg_inverse(sq, out=o),
 "potrf": lambda o: nd.linalg_potrf(sq, out=o), "gelqf": lambda o: nd.linalg_gelqf(sq, out=o), "syevd": lambda o: nd.linalg_syevd(sq, out=o),
 "L2Normalization": lambda o: nd.L2Normalization(sq, out=o), "sort": lambda o: nd.sort(sq, out=o), "argsort": lambda o: nd.argsort(sq, out=o),
 "topk": lambda o: nd.topk(sq, out=o), "topk_both": lambda o: nd.topk(sq, ret_typ='both', out=o), "moments": lambda o: nd.moments(sq, axes=(0,), out=o),
 "BatchNorm": lambda o: nd.BatchNorm(x, g, b, b, g, out=o), "LayerNorm": lambda o: nd.LayerNorm(sq, g, b, out=o), "InstanceNorm": lambda o: nd.InstanceNorm(x, g, b, out=o),
 "GroupNorm": lambda o: nd.GroupNorm(x, nd.ones((1,)), nd.zeros((1,)), out=o), "Dropout": lambda o: nd.Dropout(sq, out=o), "LRN": lambda o: nd.LRN(x, out=o),
 "Pooling": lambda o: nd.Pooling(x, kernel=(2,2), out=o), "SoftmaxOutput": lambda o: nd.SoftmaxOutput(sq, nd.zeros((3,)), out=o),
 "LeakyReLU_rrelu": lambda o: nd.LeakyReLU(sq, act_type='rrelu', out=o), "LeakyReLU": lambda o: nd.LeakyReLU(sq, out=o),
 "CTCLoss": lambda o: nd.CTCLoss(nd.ones((4,2,3)), nd.ones((2,2)), out=o), "IdentityAttachKLSparseReg": lambda o: nd.IdentityAttachKLSparseReg(sq, out=o),
 "softmax": lambda o: nd.softmax(sq, out=o), "Activation": lambda o: nd.Activation(sq, act_type='relu', out=o), "split": lambda o: nd.split(sq, 3, out=o),
 "Convolution": lambda o: nd.Convolution(x, nd.ones((2,3,2,2)), nd.zeros((2,)), kernel=(2,2), num_filter=2, out=o),
 "FullyConnected": lambda o: nd.FullyConnected(sq, nd.ones((2,3)), nd.zeros((2,)), num_hidden=2, out=o), "Embedding": lambda o: nd.Embedding(nd.array([0,1]), sq, input_dim=3, output_dim=3, out=o),
 "SequenceLast": lambda o: nd.SequenceLast(x, out=o), "SVMOutput": lambda o: nd.SVMOutput(sq, nd.zeros((3,)), out=o), "MakeLoss": lambda o: nd.MakeLoss(sq, out=o),
 "amp_multicast": lambda o: nd.amp_multicast(sq, sq, num_outputs=2, out=o), "SliceChannel": lambda o: nd.SliceChannel(sq, num_outputs=3, out=o),
 "UpSampling": lambda o: nd.UpSampling(x, scale=2, sample_type='nearest', out=o), "Correlation": lambda o: nd.Correlation(x, x, out=o),
 "SpatialTransformer": lambda o: nd.SpatialTransformer(x, nd.ones((2,6)), target_shape=(2,2), transform_type='affine', sampler_type='bilinear', out=o),
 "BilinearSampler": lambda o: nd.BilinearSampler(x, nd.ones((2,2,2,2)), out=o), "GridGenerator": lambda o: nd.GridGenerator(nd.ones((2,6)), transform_type='affine', target_shape=(2,2), out=o),
 "ROIPooling": lambda o: nd.ROIPooling(x, nd.array([[0,0,0,1,1]]), pooled_size=(2,2), spatial_scale=1.0, out=o),
 "Deconvolution": lambda o: nd.Deconvolution(x, nd.ones((3,2,2,2)), kernel=(2,2), num_filter=2, no_bias=True, out=o),
}
x2, x1 = nd.ones((2, 3, 4, 4)), nd.ones((2, 3, 4))
calls.update({
    "Pooling avg": lambda o: nd.Pooling(x2, kernel=(2, 2), pool_type="avg", out=o),
    "Pooling sum": lambda o: nd.Pooling(x2, kernel=(2, 2), pool_type="sum", out=o),
    "Pooling lp": lambda o: nd.Pooling(x2, kernel=(2, 2), pool_type="lp", p_value=2, out=o),
    "Pooling global max": lambda o: nd.Pooling(x2, kernel=(2, 2), global_pool=True, out=o),
    "Pooling max 1-D": lambda o: nd.Pooling(x1, kernel=(2,), out=o),
    "Pooling NHWC": lambda o: nd.Pooling(nd.ones((2, 4, 4, 3)), kernel=(2, 2), layout="NHWC", out=o),
    "Pooling NCW": lambda o: nd.Pooling(x1, kernel=(2,), layout="NCW", out=o),
    "Pooling NWC": lambda o: nd.Pooling(nd.ones((2, 4, 3)), kernel=(2,), layout="NWC", out=o),
    "Pooling int32": lambda o: nd.Pooling(x2.astype("int32"), kernel=(2, 2), out=o),
})
for name, f in calls.items():
    try: f([nd.zeros((1,))] * 5); print(name, "ok")
    except Exception as e:
        s = [l for l in str(e).splitlines() if "Check failed" in l or "Error" in l]
        print(name, s[0][:200] if s else str(e)[:200])
