"""mx.operator lists MXNet's registered operator names (aliases and backward nodes too) and describes those it lists only."""
# recorded on AVX2
import mxnet as mx
from mxnet.operator import get_all_registered_operators, get_operator_arguments

ops = get_all_registered_operators()
print(type(ops).__name__, len(ops), ops == sorted(ops), len(set(ops)))
print(ops[:6], ops[-6:])
for name in ["Activation", "_sparse_abs", "_backward_Activation", "_npi_Custom", "_npx_activation",
             "_CachedOp", "_sg_mkldnn_conv", "_cvimread", "Custom", "FullyConnected"]:
    print(name, name in ops)
for name in ["add", "convolution", "batch_norm", "_index", "_npi_getitem", "lrn", "elemwise_sum", "histogram"]:
    print(name, name in ops)
print(sum(n.startswith("_backward") for n in ops), sum(n.startswith("_sparse_") for n in ops),
      sum(n.startswith("_npi_") for n in ops), sum(n.startswith("_npx_") for n in ops),
      sum(n.startswith("_contrib_") for n in ops))

for name in ["_backward_Activation", "_backward_FullyConnected", "_CrossDeviceCopy", "_NoGradient",
             "_split_v2_backward", "_sg_mkldnn_conv", "_sparse_abs", "_sparse_clip", "_sparse_dot",
             "_sparse_sgd_update", "_sparse_cast_storage", "Activation", "_npx_activation", "_npx_batch_norm",
             "_npx__image_normalize", "_npi_cast", "_npi_swapaxes", "_np_repeat", "_npi_Custom",
             "ElementWiseSum", "add_n", "_sparse_add_n", "khatri_rao", "_npi_column_stack", "_npi_hstack", "_npi_einsum", "Concat", "stack",
             "Crop", "_copyto", "all_finite", "_contrib_PSROIPooling", "fill_element_0index",
             "BatchNorm_v1", "IdentityAttachKLSparseReg", "linalg_potrf", "linalg_potri", "_npi_cholesky"]:
    a = get_operator_arguments(name)
    print(name, a.narg, a.names, a.types)
for name in ["add", "convolution", "_index", "no_such_operator"]:
    try:
        get_operator_arguments(name)
        print(name, "described")
    except mx.MXNetError as e:
        print(name, type(e).__name__, str(e).split("Check failed: ")[1].strip())
