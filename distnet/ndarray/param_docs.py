"""The parameters of each operator as MXNet lists them when it refuses an argument it does not declare: each
one's name, type, default and description, in declaration order. Read only when such a refusal is raised."""

# Sections: "@@ " and the operators sharing the list, then the list as MXNet prints it.
_TEXT = r'''
@@ _CachedOp
static_alloc : boolean, optional, default=0
    Statically allocate memory to improve speed. Memory usage may increase.
static_shape : boolean, optional, default=0
    Optimize for invariant input shapes between iterations. Must also set static_alloc to True. Change of input shapes is still allowed but slower.
inline_limit : int (non-negative), optional, default=2
    Maximum number of operators that can be inlined.
forward_bulk_size : int (non-negative), optional, default=15
    Segment size of bulk execution during forward pass.
backward_bulk_size : int (non-negative), optional, default=15
    Segment size of bulk execution during backward pass.
data_indices : tuple of <int (non-negative)>, optional, default=[]
    Position of argument variables.
param_indices : tuple of <int (non-negative)>, optional, default=[]
    Position of parameters.
subgraph : string, optional, default=''
    JSON string of a subgraph.
is_dynamic : boolean, optional, default=0
    Whether the graph contains dynamic shape operators.
@@ Activation _contrib_quantized_act
act_type : {'relu', 'sigmoid', 'softrelu', 'softsign', 'tanh'}, required
    Activation function to be applied.
@@ adam_update
lr : float, required
    Learning rate
beta1 : float, optional, default=0.899999976
    The decay rate for the 1st moment estimates.
beta2 : float, optional, default=0.999000013
    The decay rate for the 2nd moment estimates.
epsilon : float, optional, default=9.99999994e-09
    A small constant for numerical stability.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
lazy_update : boolean, optional, default=1
    If true, lazy updates are applied if gradient's stype is row_sparse and all of w, m and v have the same stype
@@ add_n
num_args : int, required
    Number of inputs to be summed.
@@ all_finite
init_output : boolean, optional, default=1
    Initialize output to 1.
@@ amp_cast
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'}, required
    Output data type.
@@ amp_multicast
num_outputs : int, required
    Number of input/output pairs to be casted to the widest type.
cast_narrow : boolean, optional, default=0
    Whether to cast to the narrowest type
@@ _arange _npi_arange
start : double, required
    Start of interval. The interval includes this value. The default start value is 0.
stop : double or None, optional, default=None
    End of interval. The interval does not include this value, except in some cases where step is not an integer and floating point round-off affects the length of out.
step : double, optional, default=1
    Spacing between values.
repeat : int, optional, default='1'
    The repeating time of all elements. E.g repeat=3, the element a will be repeated three times --> a, a, a.
infer_range : boolean, optional, default=0
    When set to True, infer the stop position from the start, step, repeat, and output tensor size.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
@@ argsort
axis : int or None, optional, default='-1'
    Axis along which to sort the input tensor. If not given, the flattened array is used. Default is -1.
is_ascend : boolean, optional, default=1
    Whether to sort in ascending or descending order.
dtype : {'float16', 'float32', 'float64', 'int32', 'int64', 'uint8'},optional, default='float32'
    DType of the output indices. It is only valid when ret_typ is "indices" or "both". An error will be raised if the selected data type cannot precisely represent the indices.
@@ batch_dot dot
transpose_a : boolean, optional, default=0
    If true then transpose the first input before dot.
transpose_b : boolean, optional, default=0
    If true then transpose the second input before dot.
forward_stype : {None, 'csr', 'default', 'row_sparse'},optional, default='None'
    The desired storage type of the forward output given by user, if thecombination of input storage types and this hint does not matchany implemented ones, the dot operator will perform fallback operationand still produce an output of the desired storage type.
@@ BatchNorm _contrib_BatchNormWithReLU _contrib_quantized_batch_norm
eps : double, optional, default=0.0010000000474974513
    Epsilon to prevent div 0. Must be no less than CUDNN_BN_MIN_EPSILON defined in cudnn.h when using cudnn (usually 1e-5)
momentum : float, optional, default=0.899999976
    Momentum for moving average
fix_gamma : boolean, optional, default=1
    Fix gamma while training
use_global_stats : boolean, optional, default=0
    Whether use global moving statistics instead of local batch-norm. This will force change batch-norm into a scale shift operator.
output_mean_var : boolean, optional, default=0
    Output the mean and inverse std 
axis : int, optional, default='1'
    Specify which shape axis the channel is specified
cudnn_off : boolean, optional, default=0
    Do not select CUDNN operator, if available
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32 obtained through calibration. If present, it will be used to by quantized batch norm op to calculate primitive scale.Note: this calib_range is to calib bn output.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32 obtained through calibration. If present, it will be used to by quantized batch norm op to calculate primitive scale.Note: this calib_range is to calib bn output.
@@ BatchNorm_v1
eps : float, optional, default=0.00100000005
    Epsilon to prevent div 0
momentum : float, optional, default=0.899999976
    Momentum for moving average
fix_gamma : boolean, optional, default=1
    Fix gamma while training
use_global_stats : boolean, optional, default=0
    Whether use global moving statistics instead of local batch-norm. This will force change batch-norm into a scale shift operator.
output_mean_var : boolean, optional, default=0
    Output All,normal mean and var
@@ LinearRegressionOutput LogisticRegressionOutput MAERegressionOutput
grad_scale : float, optional, default=1
    Scale the gradient by a float factor
@@ BilinearSampler
cudnn_off : boolean or None, optional, default=None
    whether to turn cudnn off
@@ broadcast_axis
axis : Shape(tuple), optional, default=[]
    The axes to perform the broadcasting.
size : Shape(tuple), optional, default=[]
    Target sizes of the broadcasting axes.
@@ broadcast_like
lhs_axes : Shape or None, optional, default=None
    Axes to perform broadcast on in the first input array
rhs_axes : Shape or None, optional, default=None
    Axes to copy from the second input array
@@ Cast
dtype : {'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'}, required
    Output data type.
@@ cast_storage
stype : {'csr', 'default', 'row_sparse'}, required
    Output storage type.
@@ clip
a_min : float, required
    Minimum value
a_max : float, required
    Maximum value
@@ col2im
output_size : Shape(tuple), required
    The spatial dimension of image array: (w,), (h, w) or (d, h, w).
kernel : Shape(tuple), required
    Sliding kernel size: (w,), (h, w) or (d, h, w).
stride : Shape(tuple), optional, default=[]
    The stride between adjacent sliding blocks in spatial dimension: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    The spacing between adjacent kernel points: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    The zero-value padding size on both sides of spatial dimension: (w,), (h, w) or (d, h, w). Defaults to no padding.
@@ Concat _contrib_quantized_concat _npi_dstack _npi_hstack _rnn_param_concat
num_args : int, required
    Number of inputs to be concated.
dim : int, optional, default='1'
    the dimension to be concated.
@@ _contrib_AdaptiveAvgPooling2D
output_size : Shape(tuple), optional, default=[]
    int (output size) or a tuple of int for output (height, width).
@@ _contrib_allclose
rtol : float, optional, default=9.99999975e-06
    Relative tolerance.
atol : float, optional, default=9.99999994e-09
    Absolute tolerance.
equal_nan : boolean, optional, default=1
    Whether to compare NaN's as equal. If True, NaN's in A will be considered equal to NaN's in B in the output array.
@@ _contrib_arange_like
start : double, optional, default=0
    Start of interval. The interval includes this value. The default start value is 0.
step : double, optional, default=1
    Spacing between values.
repeat : int, optional, default='1'
    The repeating time of all elements. E.g repeat=3, the element a will be repeated three times --> a, a, a.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
axis : int or None, optional, default='None'
    Arange elements according to the size of a certain axis of input array. The negative numbers are interpreted counting from the backward. If not provided, will arange elements according to the input shape.
@@ _contrib_backward_gradientmultiplier _contrib_gradientmultiplier _div_scalar _equal_scalar _greater_equal_scalar _greater_scalar _hypot_scalar _lesser_equal_scalar _lesser_scalar _logical_and_scalar _logical_or_scalar _logical_xor_scalar _maximum_scalar _minimum_scalar _minus_scalar _mod_scalar _mul_scalar _not_equal_scalar _npi_add_scalar _npi_bitwise_and_scalar _npi_bitwise_or_scalar _npi_bitwise_xor_scalar _npi_equal_scalar _npi_greater_equal_scalar _npi_greater_scalar _npi_lcm_scalar _npi_less_equal_scalar _npi_less_scalar _npi_mod_scalar _npi_multiply_scalar _npi_not_equal_scalar _npi_power_scalar _npi_rmod_scalar _npi_rpower_scalar _npi_rsubtract_scalar _npi_rtrue_divide_scalar _npi_subtract_scalar _npi_true_divide_scalar _plus_scalar _power_scalar _rdiv_scalar _rminus_scalar _rmod_scalar _rpower_scalar smooth_l1
scalar : double, optional, default=1
    Scalar input value
is_int : boolean, optional, default=1
    Indicate whether scalar input is int type
@@ _contrib_BilinearResize2D
height : int, optional, default='1'
    output height (required, but ignored if scale_height is defined or mode is not "size")
width : int, optional, default='1'
    output width (required, but ignored if scale_width is defined or mode is not "size")
scale_height : float or None, optional, default=None
    sampling scale of the height (optional, used in modes "scale" and "odd_scale")
scale_width : float or None, optional, default=None
    sampling scale of the width (optional, used in modes "scale" and "odd_scale")
mode : {'like', 'odd_scale', 'size', 'to_even_down', 'to_even_up', 'to_odd_down', 'to_odd_up'},optional, default='size'
    resizing mode. "simple" - output height equals parameter "height" if "scale_height" parameter is not defined or input height multiplied by "scale_height" otherwise. Same for width;"odd_scale" - if original height or width is odd, then result height is calculated like result_h = (original_h - 1) * scale + 1; for scale > 1 the result shape would be like if we did deconvolution with kernel = (1, 1) and stride = (height_scale, width_scale); and for scale < 1 shape would be like we did convolution with kernel = (1, 1) and stride = (int(1 / height_scale), int( 1/ width_scale);"like" - resize first input to the height and width of second input; "to_even_down" - resize input to nearest lower even height and width (if original height is odd then result height = original height - 1);"to_even_up" - resize input to nearest bigger even height and width (if original height is odd then result height = original height + 1);"to_odd_down" - resize input to nearest odd height and width (if original height is odd then result height = original height - 1);"to_odd_up" - resize input to nearest odd height and width (if original height is odd then result height = original height + 1);
align_corners : boolean, optional, default=1
    With align_corners = True, the interpolating doesn't proportionally align theoutput and input pixels, and thus the output values can depend on the input size.
@@ _contrib_bipartite_matching
is_ascend : boolean, optional, default=0
    Use ascend order for scores instead of descending. Please set threshold accordingly.
threshold : float, required
    Ignore matching when score < thresh, if is_ascend=false, or ignore score > thresh, if is_ascend=true.
topk : int, optional, default='-1'
    Limit the number of matches to topk, set -1 for no limit
@@ _contrib_boolean_mask
axis : int, optional, default='0'
    An integer that represents the axis in NDArray to mask from.
@@ _contrib_box_decode
std0 : float, optional, default=1
    value to be divided from the 1st encoded values
std1 : float, optional, default=1
    value to be divided from the 2nd encoded values
std2 : float, optional, default=1
    value to be divided from the 3rd encoded values
std3 : float, optional, default=1
    value to be divided from the 4th encoded values
clip : float, optional, default=-1
    If larger than 0, bounding box target will be clipped to this value.
format : {'center', 'corner'},optional, default='center'
    The box encoding type. 
 "corner" means boxes are encoded as [xmin, ymin, xmax, ymax], "center" means boxes are encodes as [x, y, width, height].
@@ _contrib_box_iou
format : {'center', 'corner'},optional, default='corner'
    The box encoding type. 
 "corner" means boxes are encoded as [xmin, ymin, xmax, ymax], "center" means boxes are encodes as [x, y, width, height].
@@ _contrib_box_nms
overlap_thresh : float, optional, default=0.5
    Overlapping(IoU) threshold to suppress object with smaller score.
valid_thresh : float, optional, default=0
    Filter input boxes to those whose scores greater than valid_thresh.
topk : int, optional, default='-1'
    Apply nms to topk boxes with descending scores, -1 to no restriction.
coord_start : int, optional, default='2'
    Start index of the consecutive 4 coordinates.
score_index : int, optional, default='1'
    Index of the scores/confidence of boxes.
id_index : int, optional, default='-1'
    Optional, index of the class categories, -1 to disable.
background_id : int, optional, default='-1'
    Optional, id of the background class which will be ignored in nms.
force_suppress : boolean, optional, default=0
    Optional, if set false and id_index is provided, nms will only apply to boxes belongs to the same category
in_format : {'center', 'corner'},optional, default='corner'
    The input box encoding type. 
 "corner" means boxes are encoded as [xmin, ymin, xmax, ymax], "center" means boxes are encodes as [x, y, width, height].
out_format : {'center', 'corner'},optional, default='corner'
    The output box encoding type. 
 "corner" means boxes are encoded as [xmin, ymin, xmax, ymax], "center" means boxes are encodes as [x, y, width, height].
@@ _contrib_calibrate_entropy
num_quantized_bins : int, optional, default='255'
    The number of quantized bins.
@@ _contrib_count_sketch
out_dim : int, required
    The output dimension.
processing_batch_size : int, optional, default='32'
    How many sketch vectors to process at one time.
@@ _contrib_DeformableConvolution
kernel : Shape(tuple), required
    Convolution kernel size: (h, w) or (d, h, w)
stride : Shape(tuple), optional, default=[]
    Convolution stride: (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    Convolution dilate: (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    Zero pad for convolution: (h, w) or (d, h, w). Defaults to no padding.
num_filter : int, required
    Convolution filter(channel) number
num_group : int, optional, default='1'
    Number of group partitions.
num_deformable_group : int, optional, default='1'
    Number of deformable group partitions.
workspace : long (non-negative), optional, default=1024
    Maximum temperal workspace allowed for convolution (MB).
no_bias : boolean, optional, default=0
    Whether to disable bias parameter.
layout : {None, 'NCDHW', 'NCHW', 'NCW'},optional, default='None'
    Set layout for input, output and weight. Empty for
    default layout: NCW for 1d, NCHW for 2d and NCDHW for 3d.
@@ _contrib_DeformablePSROIPooling
spatial_scale : float, required
    Ratio of input feature map height (or w) to raw image height (or w). Equals the reciprocal of total stride in convolutional layers
output_dim : int, required
    fix output dim
group_size : int, required
    fix group size
pooled_size : int, required
    fix pooled size
part_size : int, optional, default='0'
    fix part size
sample_per_part : int, optional, default='1'
    fix samples per part
trans_std : float, optional, default=0
    fix transition std
no_trans : boolean, optional, default=0
    Whether to disable trans parameter.
@@ _contrib_dequantize
out_type : {'float32'},optional, default='float32'
    Output data type.
@@ _contrib_dgl_csr_neighbor_non_uniform_sample _contrib_dgl_csr_neighbor_uniform_sample
num_args : int, required
    Number of input NDArray.
num_hops : long, optional, default=1
    Number of hops.
num_neighbor : long, optional, default=2
    Number of neighbor.
max_num_vertices : long, optional, default=100
    Max number of vertices.
@@ _contrib_dgl_graph_compact
num_args : int, required
    Number of input arguments.
return_mapping : boolean, required
    Return mapping of vid and eid between the subgraph and the parent graph.
graph_sizes : tuple of <long>, required
    the number of vertices in each graph.
@@ _contrib_dgl_subgraph
num_args : int, required
    Number of input arguments, including all symbol inputs.
return_mapping : boolean, required
    Return mapping of vid and eid between the subgraph and the parent graph.
@@ _contrib_fft _contrib_ifft
compute_size : int, optional, default='128'
    Maximum size of sub-batch to be forwarded at one time
@@ _contrib_getnnz
axis : int or None, optional, default='None'
    Select between the number of values across the whole matrix, in each column, or in each row.
@@ _contrib_group_adagrad_update
lr : float, required
    Learning rate
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
epsilon : float, optional, default=9.99999975e-06
    Epsilon for numerical stability
@@ _contrib_index_array
axes : Shape or None, optional, default=None
    The axes to include in the index array. Supports negative values.
@@ _contrib_interleaved_matmul_encdec_qk _contrib_interleaved_matmul_encdec_valatt _contrib_interleaved_matmul_selfatt_qk _contrib_interleaved_matmul_selfatt_valatt
heads : int, required
    Set number of heads
@@ _contrib_ModulatedDeformableConvolution
kernel : Shape(tuple), required
    Convolution kernel size: (h, w) or (d, h, w)
stride : Shape(tuple), optional, default=[]
    Convolution stride: (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    Convolution dilate: (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    Zero pad for convolution: (h, w) or (d, h, w). Defaults to no padding.
num_filter : int (non-negative), required
    Convolution filter(channel) number
num_group : int (non-negative), optional, default=1
    Number of group partitions.
num_deformable_group : int (non-negative), optional, default=1
    Number of deformable group partitions.
workspace : long (non-negative), optional, default=1024
    Maximum temperal workspace allowed for convolution (MB).
no_bias : boolean, optional, default=0
    Whether to disable bias parameter.
im2col_step : int (non-negative), optional, default=64
    Maximum number of images per im2col computation; The total batch size should be divisable by this value or smaller than this value; if you face out of memory problem, you can try to use a smaller value here.
layout : {None, 'NCDHW', 'NCHW', 'NCW'},optional, default='None'
    Set layout for input, output and weight. Empty for
    default layout: NCW for 1d, NCHW for 2d and NCDHW for 3d.
@@ _contrib_MultiBoxDetection
clip : boolean, optional, default=1
    Clip out-of-boundary boxes.
threshold : float, optional, default=0.00999999978
    Threshold to be a positive prediction.
background_id : int, optional, default='0'
    Background id.
nms_threshold : float, optional, default=0.5
    Non-maximum suppression threshold.
force_suppress : boolean, optional, default=0
    Suppress all detections regardless of class_id.
variances : tuple of <float>, optional, default=[0.1,0.1,0.2,0.2]
    Variances to be decoded from box regression output.
nms_topk : int, optional, default='-1'
    Keep maximum top k detections before nms, -1 for no limit.
@@ _contrib_MultiBoxPrior
sizes : tuple of <float>, optional, default=[1]
    List of sizes of generated MultiBoxPriores.
ratios : tuple of <float>, optional, default=[1]
    List of aspect ratios of generated MultiBoxPriores.
clip : boolean, optional, default=0
    Whether to clip out-of-boundary boxes.
steps : tuple of <float>, optional, default=[-1,-1]
    Priorbox step across y and x, -1 for auto calculation.
offsets : tuple of <float>, optional, default=[0.5,0.5]
    Priorbox center offsets, y and x respectively
@@ _contrib_MultiBoxTarget
overlap_threshold : float, optional, default=0.5
    Anchor-GT overlap threshold to be regarded as a positive match.
ignore_label : float, optional, default=-1
    Label for ignored anchors.
negative_mining_ratio : float, optional, default=-1
    Max negative to positive samples ratio, use -1 to disable mining
negative_mining_thresh : float, optional, default=0.5
    Threshold used for negative mining.
minimum_negative_samples : int, optional, default='0'
    Minimum number of negative samples.
variances : tuple of <float>, optional, default=[0.1,0.1,0.2,0.2]
    Variances to be encoded in box regression target.
@@ _contrib_MultiProposal _contrib_Proposal
rpn_pre_nms_top_n : int, optional, default='6000'
    Number of top scoring boxes to keep before applying NMS to RPN proposals
rpn_post_nms_top_n : int, optional, default='300'
    Number of top scoring boxes to keep after applying NMS to RPN proposals
threshold : float, optional, default=0.699999988
    NMS value, below which to suppress.
rpn_min_size : int, optional, default='16'
    Minimum height or width in proposal
scales : tuple of <float>, optional, default=[4,8,16,32]
    Used to generate anchor windows by enumerating scales
ratios : tuple of <float>, optional, default=[0.5,1,2]
    Used to generate anchor windows by enumerating ratios
feature_stride : int, optional, default='16'
    The size of the receptive field each unit in the convolution layer of the rpn,for example the product of all stride's prior to this layer.
output_score : boolean, optional, default=0
    Add score to outputs
iou_loss : boolean, optional, default=0
    Usage of IoU Loss
@@ _contrib_PSROIPooling
spatial_scale : float, required
    Ratio of input feature map height (or w) to raw image height (or w). Equals the reciprocal of total stride in convolutional layers
output_dim : int, required
    fix output dim
pooled_size : int, required
    fix pooled size
group_size : int, optional, default='0'
    fix group size
@@ _contrib_quadratic
a : float, optional, default=0
    Coefficient of the quadratic term in the quadratic function.
b : float, optional, default=0
    Coefficient of the linear term in the quadratic function.
c : float, optional, default=0
    Constant term in the quadratic function.
@@ _contrib_quantize
out_type : {'int8', 'uint8'},optional, default='uint8'
    Output data type.
@@ _contrib_quantize_asym
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32. If present, it will be used to quantize the fp32 data.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32. If present, it will be used to quantize the fp32 data.
@@ _contrib_quantize_v2
out_type : {'auto', 'int8', 'uint8'},optional, default='int8'
    Output data type. `auto` can be specified to automatically determine output type according to min_calib_range.
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32. If present, it will be used to quantize the fp32 data into int8 or uint8.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32. If present, it will be used to quantize the fp32 data into int8 or uint8.
@@ _contrib_quantized_elemwise_add
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int8 output data.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int8 output data.
@@ _contrib_quantized_elemwise_mul
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int8 output data.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int8 output data.
enable_float_output : boolean, optional, default=0
    Whether to enable float32 output
@@ _contrib_requantize
out_type : {'auto', 'int8', 'uint8'},optional, default='int8'
    Output data type. `auto` can be specified to automatically determine output type according to min_calib_range.
min_calib_range : float or None, optional, default=None
    The minimum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int32 data into int8.
max_calib_range : float or None, optional, default=None
    The maximum scalar value in the form of float32 obtained through calibration. If present, it will be used to requantize the int32 data into int8.
@@ _contrib_ROIAlign
pooled_size : Shape(tuple), required
    ROI Align output roi feature map height and width: (h, w)
spatial_scale : float, required
    Ratio of input feature map height (or w) to raw image height (or w). Equals the reciprocal of total stride in convolutional layers
sample_ratio : int, optional, default='-1'
    Optional sampling ratio of ROI align, using adaptive size by default.
position_sensitive : boolean, optional, default=0
    Whether to perform position-sensitive RoI pooling. PSRoIPooling is first proposaled by R-FCN and it can reduce the input channels by ph*pw times, where (ph, pw) is the pooled_size
aligned : boolean, optional, default=0
    Center-aligned ROIAlign introduced in Detectron2. To enable, set aligned to True.
@@ _contrib_RROIAlign
pooled_size : Shape(tuple), required
    RROI align output shape (h,w) 
spatial_scale : float, required
    Ratio of input feature map height (or width) to raw image height (or width). Equals the reciprocal of total stride in convolutional layers
sampling_ratio : int, optional, default='-1'
    Optional sampling ratio of RROI align, using adaptive size by default.
@@ _contrib_SparseEmbedding
input_dim : int, required
    Vocabulary size of the input indices.
output_dim : int, required
    Dimension of the embedding vectors.
dtype : {'float16', 'float32', 'float64', 'int32', 'uint8'},optional, default='float32'
    Data type of weight.
deterministic : boolean, optional, default=0
    Force the backward gradient calculation to be executed based on a deterministic order at the cost of slower speed.
@@ _contrib_SyncBatchNorm
eps : float, optional, default=0.00100000005
    Epsilon to prevent div 0
momentum : float, optional, default=0.899999976
    Momentum for moving average
fix_gamma : boolean, optional, default=1
    Fix gamma while training
use_global_stats : boolean, optional, default=0
    Whether use global moving statistics instead of local batch-norm. This will force change batch-norm into a scale shift operator.
output_mean_var : boolean, optional, default=0
    Output All,normal mean and var
ndev : int, optional, default='1'
    The count of GPU devices
key : string, required
    Hash key for synchronization, please set the same hash key for same layer, Block.prefix is typically used as in :class:`gluon.nn.contrib.SyncBatchNorm`.
@@ Convolution _contrib_quantized_conv
kernel : Shape(tuple), required
    Convolution kernel size: (w,), (h, w) or (d, h, w)
stride : Shape(tuple), optional, default=[]
    Convolution stride: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    Convolution dilate: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    Zero pad for convolution: (w,), (h, w) or (d, h, w). Defaults to no padding.
num_filter : int (non-negative), required
    Convolution filter(channel) number
num_group : int (non-negative), optional, default=1
    Number of group partitions.
workspace : long (non-negative), optional, default=1024
    Maximum temporary workspace allowed (MB) in convolution.This parameter has two usages. When CUDNN is not used, it determines the effective batch size of the convolution kernel. When CUDNN is used, it controls the maximum temporary storage used for tuning the best CUDNN kernel when `limited_workspace` strategy is used.
no_bias : boolean, optional, default=0
    Whether to disable bias parameter.
cudnn_tune : {None, 'fastest', 'limited_workspace', 'off'},optional, default='None'
    Whether to pick convolution algo by running performance test.
cudnn_off : boolean, optional, default=0
    Turn off cudnn for this layer.
layout : {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC'},optional, default='None'
    Set layout for input, output and weight. Empty for
    default layout: NCW for 1d, NCHW for 2d and NCDHW for 3d.NHWC and NDHWC are only supported on GPU.
@@ Convolution_v1
kernel : Shape(tuple), required
    convolution kernel size: (h, w) or (d, h, w)
stride : Shape(tuple), optional, default=[]
    convolution stride: (h, w) or (d, h, w)
dilate : Shape(tuple), optional, default=[]
    convolution dilate: (h, w) or (d, h, w)
pad : Shape(tuple), optional, default=[]
    pad for convolution: (h, w) or (d, h, w)
num_filter : int (non-negative), required
    convolution filter(channel) number
num_group : int (non-negative), optional, default=1
    Number of group partitions. Equivalent to slicing input into num_group
    partitions, apply convolution on each, then concatenate the results
workspace : long (non-negative), optional, default=1024
    Maximum temporary workspace allowed for convolution (MB).This parameter determines the effective batch size of the convolution kernel, which may be smaller than the given batch size. Also, the workspace will be automatically enlarged to make sure that we can run the kernel with batch_size=1
no_bias : boolean, optional, default=0
    Whether to disable bias parameter.
cudnn_tune : {None, 'fastest', 'limited_workspace', 'off'},optional, default='None'
    Whether to pick convolution algo by running performance test.
    Leads to higher startup time but may give faster speed. Options are:
    'off': no tuning
    'limited_workspace': run test and pick the fastest algorithm that doesn't exceed workspace limit.
    'fastest': pick the fastest algorithm and ignore workspace limit.
    If set to None (default), behavior is determined by environment
    variable MXNET_CUDNN_AUTOTUNE_DEFAULT: 0 for off,
    1 for limited workspace (default), 2 for fastest.
cudnn_off : boolean, optional, default=0
    Turn off cudnn for this layer.
layout : {None, 'NCDHW', 'NCHW', 'NDHWC', 'NHWC'},optional, default='None'
    Set layout for input, output and weight. Empty for
    default layout: NCHW for 2d and NCDHW for 3d.
@@ Correlation
kernel_size : int (non-negative), optional, default=1
    kernel size for Correlation must be an odd number
max_displacement : int (non-negative), optional, default=1
    Max displacement of Correlation 
stride1 : int (non-negative), optional, default=1
    stride1 quantize data1 globally
stride2 : int (non-negative), optional, default=1
    stride2 quantize data2 within the neighborhood centered around data1
pad_size : int (non-negative), optional, default=0
    pad for Correlation
is_multiply : boolean, optional, default=1
    operation type is either multiplication or subduction
@@ Crop
num_args : int, required
    Number of inputs for crop, if equals one, then we will use the h_wfor crop height and width, else if equals two, then we will use the heightand width of the second input symbol, we name crop_like here
offset : Shape(tuple), optional, default=[0,0]
    crop offset coordinate: (y, x)
h_w : Shape(tuple), optional, default=[0,0]
    crop height and width: (h, w)
center_crop : boolean, optional, default=0
    If set to true, then it will use be the center_crop,or it will crop using the shape of crop_like
@@ CTCLoss
use_data_lengths : boolean, optional, default=0
    Whether the data lenghts are decided by `data_lengths`. If false, the lengths are equal to the max sequence length.
use_label_lengths : boolean, optional, default=0
    Whether the label lenghts are decided by `label_lengths`, or derived from `padding_mask`. If false, the lengths are derived from the first occurrence of the value of `padding_mask`. The value of `padding_mask` is ``0`` when first CTC label is reserved for blank, and ``-1`` when last label is reserved for blank. See `blank_label`.
blank_label : {'first', 'last'},optional, default='first'
    Set the label that is reserved for blank label.If "first", 0-th label is reserved, and label values for tokens in the vocabulary are between ``1`` and ``alphabet_size-1``, and the padding mask is ``-1``. If "last", last label value ``alphabet_size-1`` is reserved for blank label instead, and label values for tokens in the vocabulary are between ``0`` and ``alphabet_size-2``, and the padding mask is ``0``.
@@ _cvcopyMakeBorder
top : int, required
    Top margin.
bot : int, required
    Bottom margin.
left : int, required
    Left margin.
right : int, required
    Right margin.
type : int, optional, default='0'
    Filling type (default=cv2.BORDER_CONSTANT).
value : double, optional, default=0
    (Deprecated! Use ``values`` instead.) Fill with single value.
values : tuple of <double>, optional, default=[]
    Fill with value(RGB[A] or gray), up to 4 channels.
@@ _cvimdecode
flag : int, optional, default='1'
    Convert decoded image to grayscale (0) or color (1).
to_rgb : boolean, optional, default=1
    Whether to convert decoded image to mxnet's default RGB format (instead of opencv's default BGR).
@@ _cvimread
filename : string, required
    Name of the image file to be loaded.
flag : int, optional, default='1'
    Convert decoded image to grayscale (0) or color (1).
to_rgb : boolean, optional, default=1
    Whether to convert decoded image to mxnet's default RGB format (instead of opencv's default BGR).
@@ Deconvolution
kernel : Shape(tuple), required
    Deconvolution kernel size: (w,), (h, w) or (d, h, w). This is same as the kernel size used for the corresponding convolution
stride : Shape(tuple), optional, default=[]
    The stride used for the corresponding convolution: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    Dilation factor for each dimension of the input: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    The amount of implicit zero padding added during convolution for each dimension of the input: (w,), (h, w) or (d, h, w). ``(kernel-1)/2`` is usually a good choice. If `target_shape` is set, `pad` will be ignored and a padding that will generate the target shape will be used. Defaults to no padding.
adj : Shape(tuple), optional, default=[]
    Adjustment for output shape: (w,), (h, w) or (d, h, w). If `target_shape` is set, `adj` will be ignored and computed accordingly.
target_shape : Shape(tuple), optional, default=[]
    Shape of the output tensor: (w,), (h, w) or (d, h, w).
num_filter : int (non-negative), required
    Number of output filters.
num_group : int (non-negative), optional, default=1
    Number of groups partition.
workspace : long (non-negative), optional, default=512
    Maximum temporary workspace allowed (MB) in deconvolution.This parameter has two usages. When CUDNN is not used, it determines the effective batch size of the deconvolution kernel. When CUDNN is used, it controls the maximum temporary storage used for tuning the best CUDNN kernel when `limited_workspace` strategy is used.
no_bias : boolean, optional, default=1
    Whether to disable bias parameter.
cudnn_tune : {None, 'fastest', 'limited_workspace', 'off'},optional, default='None'
    Whether to pick convolution algorithm by running performance test.
cudnn_off : boolean, optional, default=0
    Turn off cudnn for this layer.
layout : {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC'},optional, default='None'
    Set layout for input, output and weight. Empty for default layout, NCW for 1d, NCHW for 2d and NCDHW for 3d.NHWC and NDHWC are only supported on GPU.
@@ depth_to_space space_to_depth
block_size : int, required
    Blocks of [block_size. block_size] are moved
@@ diag
k : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. If input has shape (S0 S1) k must be between -S0 and S1
axis1 : int, optional, default='0'
    The first axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
axis2 : int, optional, default='1'
    The second axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
@@ Dropout
p : float, optional, default=0.5
    Fraction of the input that gets dropped out during training time.
mode : {'always', 'training'},optional, default='training'
    Whether to only turn on dropout during training or to also turn on for inference.
axes : Shape(tuple), optional, default=[]
    Axes for variational dropout kernel.
cudnn_off : boolean or None, optional, default=0
    Whether to turn off cudnn in dropout operator. This option is ignored if axes is specified.
@@ Embedding _contrib_quantized_embedding
input_dim : int, required
    Vocabulary size of the input indices.
output_dim : int, required
    Dimension of the embedding vectors.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Data type of weight.
sparse_grad : boolean, optional, default=0
    Compute row sparse gradient in the backward calculation. If set to True, the grad's storage type is row_sparse.
@@ expand_dims
axis : int, required
    Position where new axis is to be inserted. Suppose that the input `NDArray`'s dimension is `ndim`, the range of the inserted axis is `[-ndim, ndim]`
@@ _eye
N : long, required
    Number of rows in the output.
M : long, optional, default=0
    Number of columns in the output. If 0, defaults to N
k : long, optional, default=0
    Index of the diagonal. 0 (the default) refers to the main diagonal.A positive value refers to an upper diagonal.A negative value to a lower diagonal.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
@@ ftml_update
lr : float, required
    Learning rate.
beta1 : float, optional, default=0.600000024
    Generally close to 0.5.
beta2 : float, optional, default=0.999000013
    Generally close to 1.
epsilon : double, optional, default=9.9999999392252903e-09
    Epsilon to prevent div 0.
t : int, required
    Number of update.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_grad : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ ftrl_update
lr : float, required
    Learning rate
lamda1 : float, optional, default=0.00999999978
    The L1 regularization coefficient.
beta : float, optional, default=1
    Per-Coordinate Learning Rate beta.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ _full
shape : Shape(tuple), optional, default=None
    The shape of the output
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
value : double, required
    Value with which to fill newly created tensor
@@ FullyConnected _contrib_quantized_fully_connected
num_hidden : int, required
    Number of hidden nodes of the output.
no_bias : boolean, optional, default=0
    Whether to disable bias parameter.
flatten : boolean, optional, default=1
    Whether to collapse all but the first axis of the input data tensor.
@@ GridGenerator
transform_type : {'affine', 'warp'}, required
    The type of transformation. For `affine`, input data should be an affine matrix of size (batch, 6). For `warp`, input data should be an optical flow of size (batch, 2, h, w).
target_shape : Shape(tuple), optional, default=[0,0]
    Specifies the output shape (H, W). This is required if transformation type is `affine`. If transformation type is `warp`, this parameter is ignored.
@@ GroupNorm
num_groups : int, optional, default='1'
    Total number of groups.
eps : float, optional, default=9.99999975e-06
    An `epsilon` parameter to prevent division by 0.
output_mean_var : boolean, optional, default=0
    Output the mean and std calculated along the given axis.
@@ hard_sigmoid
alpha : float, optional, default=0.200000003
    Slope of hard sigmoid
beta : float, optional, default=0.5
    Bias of hard sigmoid.
@@ IdentityAttachKLSparseReg
sparseness_target : float, optional, default=0.100000001
    The sparseness target
penalty : float, optional, default=0.00100000005
    The tradeoff parameter for the sparseness penalty
momentum : float, optional, default=0.899999976
    The momentum for running average
@@ im2col
kernel : Shape(tuple), required
    Sliding kernel size: (w,), (h, w) or (d, h, w).
stride : Shape(tuple), optional, default=[]
    The stride between adjacent sliding blocks in spatial dimension: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
dilate : Shape(tuple), optional, default=[]
    The spacing between adjacent kernel points: (w,), (h, w) or (d, h, w). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    The zero-value padding size on both sides of spatial dimension: (w,), (h, w) or (d, h, w). Defaults to no padding.
@@ _image_adjust_lighting
alpha : tuple of <float>, required
    The lighting alphas for the R, G, B channels.
@@ _image_crop
x : int, required
    Left boundary of the cropping area.
y : int, required
    Top boundary of the cropping area.
width : int, required
    Width of the cropping area.
height : int, required
    Height of the cropping area.
@@ _image_normalize
mean : tuple of <float>, optional, default=[0,0,0,0]
    Sequence of means for each channel. Default value is 0.
std : tuple of <float>, optional, default=[1,1,1,1]
    Sequence of standard deviations for each channel. Default value is 1.
@@ _image_random_brightness _image_random_contrast _image_random_hue _image_random_saturation
min_factor : float, required
    Minimum factor.
max_factor : float, required
    Maximum factor.
@@ _image_random_color_jitter
brightness : float, required
    How much to jitter brightness.
contrast : float, required
    How much to jitter contrast.
saturation : float, required
    How much to jitter saturation.
hue : float, required
    How much to jitter hue.
@@ _image_random_lighting
alpha_std : float, optional, default=0.0500000007
    Level of the lighting noise.
@@ _image_resize
size : Shape(tuple), optional, default=[]
    Size of new image. Could be (width, height) or (size)
keep_ratio : boolean, optional, default=0
    Whether to resize the short edge or both edges to `size`, if size is give as an integer.
interp : int, optional, default='1'
    Interpolation method for resizing. By default uses bilinear interpolationOptions are INTER_NEAREST - a nearest-neighbor interpolationINTER_LINEAR - a bilinear interpolationINTER_AREA - resampling using pixel area relationINTER_CUBIC - a bicubic interpolation over 4x4 pixel neighborhoodINTER_LANCZOS4 - a Lanczos interpolation over 8x8 pixel neighborhoodNote that the GPU version only support bilinear interpolation(1)
@@ InstanceNorm
eps : float, optional, default=0.00100000005
    An `epsilon` parameter to prevent division by 0.
@@ khatri_rao
num_args : int, required
    Number of input matrices.
@@ L2Normalization
eps : float, optional, default=1.00000001e-10
    A small constant for numerical stability.
mode : {'channel', 'instance', 'spatial'},optional, default='instance'
    Specify the dimension along which to compute L2 norm.
@@ lamb_update_phase1 mp_lamb_update_phase1
beta1 : float, optional, default=0.899999976
    The decay rate for the 1st moment estimates.
beta2 : float, optional, default=0.999000013
    The decay rate for the 2nd moment estimates.
epsilon : float, optional, default=9.99999997e-07
    A small constant for numerical stability.
t : int, required
    Index update count.
bias_correction : boolean, optional, default=1
    Whether to use bias correction.
wd : float, required
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ lamb_update_phase2 mp_lamb_update_phase2
lr : float, required
    Learning rate
lower_bound : float, optional, default=-1
    Lower limit of norm of weight. If lower_bound <= 0, Lower limit is not set
upper_bound : float, optional, default=-1
    Upper limit of norm of weight. If upper_bound <= 0, Upper limit is not set
@@ LayerNorm
axis : int, optional, default='-1'
    The axis to perform layer normalization. Usually, this should be be axis of the channel dimension. Negative values means indexing from right to left.
eps : float, optional, default=9.99999975e-06
    An `epsilon` parameter to prevent division by 0.
output_mean_var : boolean, optional, default=0
    Output the mean and std calculated along the given axis.
@@ LeakyReLU
act_type : {'elu', 'gelu', 'leaky', 'prelu', 'rrelu', 'selu'},optional, default='leaky'
    Activation function to be applied.
slope : float, optional, default=0.25
    Init slope for the activation. (For leaky and elu only)
lower_bound : float, optional, default=0.125
    Lower bound of random slope. (For rrelu only)
upper_bound : float, optional, default=0.333999991
    Upper bound of random slope. (For rrelu only)
@@ _linalg_extractdiag _linalg_makediag
offset : int, optional, default='0'
    Offset of the diagonal versus the main diagonal. 0 corresponds to the main diagonal, a negative/positive value to diagonals below/above the main diagonal.
@@ _linalg_extracttrian _linalg_maketrian
offset : int, optional, default='0'
    Offset of the diagonal versus the main diagonal. 0 corresponds to the main diagonal, a negative/positive value to diagonals below/above the main diagonal.
lower : boolean, optional, default=1
    Refer to the lower triangular matrix if lower=true, refer to the upper otherwise. Only relevant when offset=0
@@ _linalg_gemm
transpose_a : boolean, optional, default=0
    Multiply with transposed of first input (A).
transpose_b : boolean, optional, default=0
    Multiply with transposed of second input (B).
alpha : double, optional, default=1
    Scalar factor multiplied with A*B.
beta : double, optional, default=1
    Scalar factor multiplied with C.
axis : int, optional, default='-2'
    Axis corresponding to the matrix rows.
@@ _linalg_gemm2
transpose_a : boolean, optional, default=0
    Multiply with transposed of first input (A).
transpose_b : boolean, optional, default=0
    Multiply with transposed of second input (B).
alpha : double, optional, default=1
    Scalar factor multiplied with A*B.
axis : int, optional, default='-2'
    Axis corresponding to the matrix row indices.
@@ _linalg_potrf _linalg_potri
lower : boolean, optional, default=1
    True if the triangular matrix is lower triangular, false if it is upper triangular.
@@ _linalg_syrk
transpose : boolean, optional, default=0
    Use transpose of input matrix.
alpha : double, optional, default=1
    Scalar factor to be applied to the result.
@@ _linalg_trmm _linalg_trsm
transpose : boolean, optional, default=0
    Use transposed of the triangular matrix
rightside : boolean, optional, default=0
    Multiply triangular matrix from the right to non-triangular one.
lower : boolean, optional, default=1
    True if the triangular matrix is lower triangular, false if it is upper triangular.
alpha : double, optional, default=1
    Scalar factor to be applied to the result.
@@ _linspace
start : double, required
    The starting value of the sequence.
stop : double, required
    The ending value of the sequence
num : int, required
    Number of samples to generate. Must be non-negative.
endpoint : boolean, optional, default=1
    If True, stop is the last sample. Otherwise, it is not included.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
@@ log_softmax softmax softmin
axis : int, optional, default='-1'
    The axis along which to compute softmax.
temperature : double or None, optional, default=None
    Temperature parameter in softmax
dtype : {None, 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to the same as input's dtype if not defined (dtype=None).
use_length : boolean or None, optional, default=0
    Whether to use the length input as a mask over the data input.
@@ LRN
alpha : float, optional, default=9.99999975e-05
    The variance scaling parameter :math:`lpha` in the LRN expression.
beta : float, optional, default=0.75
    The power parameter :math:`eta` in the LRN expression.
knorm : float, optional, default=2
    The parameter :math:`k` in the LRN expression.
nsize : int (non-negative), required
    normalization window width in elements.
@@ MakeLoss
grad_scale : float, optional, default=1
    Gradient scale as a supplement to unary and binary operators
valid_thresh : float, optional, default=0
    clip each element in the array to 0 when it is less than ``valid_thresh``. This is used when ``normalization`` is set to ``'valid'``.
normalization : {'batch', 'null', 'valid'},optional, default='null'
    If this is set to null, the output gradient will not be normalized. If this is set to batch, the output gradient will be divided by the batch size. If this is set to valid, the output gradient will be divided by the number of valid input elements.
@@ moments
axes : Shape or None, optional, default=None
    Array of ints. Axes along which to compute mean and variance.
keepdims : boolean, optional, default=0
    produce moments with the same dimensionality as the input.
@@ mp_nag_mom_update nag_mom_update
lr : float, required
    Learning rate
momentum : float, optional, default=0
    The decay rate of momentum estimates at each epoch.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ mp_sgd_mom_update sgd_mom_update
lr : float, required
    Learning rate
momentum : float, optional, default=0
    The decay rate of momentum estimates at each epoch.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
lazy_update : boolean, optional, default=1
    If true, lazy updates are applied if gradient's stype is row_sparse and both weight and momentum have the same stype
@@ mp_sgd_update sgd_update
lr : float, required
    Learning rate
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
lazy_update : boolean, optional, default=1
    If true, lazy updates are applied if gradient's stype is row_sparse.
@@ _adamw_update _contrib_adamw_update _mp_adamw_update _contrib_mp_adamw_update
lr : float, required
    Learning rate
beta1 : float, optional, default=0.899999976
    The decay rate for the 1st moment estimates.
beta2 : float, optional, default=0.999000013
    The decay rate for the 2nd moment estimates.
epsilon : float, optional, default=9.99999994e-09
    A small constant for numerical stability.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
eta : float, required
    Learning rate schedule multiplier
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ _multi_adamw_update _multi_mp_adamw_update
lrs : tuple of <float>, required
    Learning rates
beta1 : float, optional, default=0.899999976
    The decay rate for the 1st moment estimates.
beta2 : float, optional, default=0.999000013
    The decay rate for the 2nd moment estimates.
epsilon : float, optional, default=9.99999994e-09
    A small constant for numerical stability.
wds : tuple of <float>, required
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
etas : tuple of <float>, required
    Learning rates schedule multiplier
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
num_weights : int, optional, default='1'
    Number of updated weights.
@@ multi_all_finite
num_arrays : int, optional, default='1'
    Number of arrays.
init_output : boolean, optional, default=1
    Initialize output to 1.
@@ _multi_lamb_update _multi_mp_lamb_update
learning_rates : tuple of <float>, required
    List of learning rates
beta1 : float, optional, default=0.899999976
    Exponential decay rate for the first moment estimates.
beta2 : float, optional, default=0.999000013
    Exponential decay rate for the second moment estimates.
epsilon : float, optional, default=9.99999997e-07
    Small value to avoid division by 0.
wds : tuple of <float>, required
    List of Weight decays.Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Gradient rescaling factor
lower_bound : float, optional, default=-1
    Lower limit of norm of weight. If lower_bound <= 0, Lower limit is not set
upper_bound : float, optional, default=-1
    Upper limit of norm of weight. If upper_bound <= 0, Upper limit is not set
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
bias_correction : boolean, optional, default=1
    Whether to use bias correction.
step_count : Shape(tuple), required
    Step count for each tensor
num_tensors : int, optional, default='1'
    Number of tensors
@@ multi_lars
eta : float, required
    LARS eta
eps : float, required
    LARS eps
rescale_grad : float, optional, default=1
    Gradient rescaling factor
@@ multi_mp_sgd_mom_update multi_sgd_mom_update
lrs : tuple of <float>, required
    Learning rates.
wds : tuple of <float>, required
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
momentum : float, optional, default=0
    The decay rate of momentum estimates at each epoch.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
num_weights : int, optional, default='1'
    Number of updated weights.
@@ multi_mp_sgd_update multi_sgd_update
lrs : tuple of <float>, required
    Learning rates.
wds : tuple of <float>, required
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
num_weights : int, optional, default='1'
    Number of updated weights.
@@ multi_sum_sq reset_arrays
num_arrays : int, required
    number of input arrays.
@@ norm
ord : int, optional, default='2'
    Order of the norm. Currently ord=1 and ord=2 is supported.
axis : Shape or None, optional, default=None
    The axis or axes along which to perform the reduction.
      The default, `axis=()`, will compute over all elements into a
      scalar array with shape `(1,)`.
      If `axis` is int, a reduction is performed on a particular axis.
      If `axis` is a 2-tuple, it specifies the axes that hold 2-D matrices,
      and the matrix norms of these matrices are computed.
out_dtype : {None, 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    The data type of the output.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axis is left in the result as dimension with size one.
@@ _np_all _np_any
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
@@ _np_atleast_1d _np_atleast_2d _np_atleast_3d
num_args : int, required
    Number of input arrays.
@@ _np_cumsum cumsum
axis : int or None, optional, default='None'
    Axis along which the cumulative sum is computed. The default (None) is to compute the cumsum over the flattened array.
dtype : {None, 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    Type of the returned array and of the accumulator in which the elements are summed. If dtype is not specified, it defaults to the dtype of a, unless a has an integer dtype with a precision less than that of the default platform integer. In that case, the default platform integer is used.
@@ _np_diag _np_diagflat
k : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. 
@@ _np_diagonal
offset : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. If input has shape (S0 S1) k must be between -S0 and S1
axis1 : int, optional, default='0'
    The first axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
axis2 : int, optional, default='1'
    The second axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
@@ _np_max _np_min
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
initial : double or None, optional, default=None
    Starting value for the sum.
@@ _np_moveaxis
source : Shape(tuple), required
    Original positions of the axes to move. These must be unique.
destination : Shape(tuple), required
    Destination positions for each of the original axes. These must also be unique.
@@ _np_prod _np_sum _npi_mean
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
dtype : {None, 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    The type of the returned array and of the accumulator in which the elements are summed. The dtype of a is used by default unless a has an integer dtype of less precision than the default platform integer. In that case, if a is signed then the platform integer is used while if a is unsigned then an unsigned integer of the same precision as the platform integer is used.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
initial : double or None, optional, default=None
    Starting value for the sum.
@@ _np_reshape
newshape : Shape(tuple), required
    The new shape should be compatible with the original shape. If an integer, then the result will be a 1-D array of that length. One shape dimension can be -1. In this case, the value is inferred from the length of the array and remaining dimensions.
order : string, optional, default='C'
    Read the elements of a using this index order, and place the elements into the reshaped array using this index order. 'C' means to read/write the elements using C-like index order, with the last axis index changing fastest, back to the first axis index changing slowest. Note that currently only C-like order is supported
@@ _np_roll
shift : Shape or None, optional, default=None
    The number of places by which elements are shifted. If a tuple,then axis must be a tuple of the same size, and each of the given axes is shiftedby the corresponding number. If an int while axis is a tuple of ints, then the same value is used for all given axes.
axis : Shape or None, optional, default=None
    Axis or axes along which elements are shifted. By default, the array is flattenedbefore shifting, after which the original shape is restored.
@@ _np_squeeze squeeze
axis : Shape or None, optional, default=None
    Selects a subset of the single-dimensional entries in the shape. If an axis is selected with shape entry greater than one, an error is raised.
@@ _np_trace
offset : int, optional, default='0'
    Offset of the diagonal from the main diagonal. Can be both positive and negative. Defaults to 0.
axis1 : int, optional, default='0'
    Axes to be used as the first axis of the 2-D sub-arrays from which the diagonals should be taken. Defaults to 0.
axis2 : int, optional, default='1'
    Axes to be used as the second axis of the 2-D sub-arrays from which the diagonals should be taken. Defaults to 1.
@@ _np_transpose
axes : Shape(tuple), optional, default=None
    By default, reverse the dimensions, otherwise permute the axes according to the values given.
@@ _npi_argmax _npi_argmin argmax argmin
axis : int or None, optional, default='None'
    The axis along which to perform the reduction. Negative values means indexing from right to left. ``Requires axis to be set as int, because global reduction is not supported yet.``
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axis is left in the result as dimension with size one.
@@ _npi_around
decimals : int, optional, default='0'
    Number of decimal places to round to.
@@ _npi_average
axis : Shape or None, optional, default=None
    Axis or axes along which a average is performed. The default, axis=None, will average all of the elements of the input array. If axis is negative it counts from the last to the first axis.
returned : boolean, optional, default=0
    If True, the tuple (average, sum_of_weights) is returned,otherwise only the average is returned.If weights=None, sum_of_weights is equivalent tothe number of elements over which the average is taken.
weighted : boolean, optional, default=1
    Auxiliary flag to deal with none weights.
@@ _npi_bernoulli
prob : float or None, required
logit : float or None, required
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'bool', 'float16', 'float32', 'float64', 'int32', 'uint8'},optional, default='float32'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
is_logit : boolean, required
@@ _npi_bincount
minlength : int, optional, default='0'
    A minimum number of bins for the output arrayIf minlength is specified, there will be at least thisnumber of bins in the output array
has_weights : boolean, optional, default=0
    Determine whether Bincount has weights.
@@ _npi_blackman _npi_hamming _npi_hanning
M : , optional, default=None
    Number of points in the output window. If zero or less, an empty array is returned.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Data-type of the returned array.
@@ _npi_broadcast_to broadcast_to
shape : Shape(tuple), optional, default=[]
    The shape of the desired array. We can set the dim to zero if it's same as the original. E.g `A = broadcast_to(B, shape=(10, 0, 0))` has the same meaning as `A = broadcast_axis(B, axis=0, size=10)`.
@@ _npi_choice
a : , required
size : , required
ctx : string, optional, default='cpu'
replace : boolean, optional, default=1
weighted : boolean, optional, default=0
@@ _npi_column_stack
num_args : int, required
    Number of inputs to be column stacked
@@ _npi_concatenate
num_args : int, required
    Number of inputs to be concated.
axis : int or None, optional, default='0'
    The axis along which `values` are appended.  If `axis` is notgiven, both `arr` and `values` are flattened before use.
@@ _npi_delete
start : int or None, optional, default='None'
    If 'obj' is slice, 'start' is one of it's arguments.
stop : int or None, optional, default='None'
    If 'obj' is slice, 'stop' is one of it's arguments.
step : int or None, optional, default='None'
    If 'obj' is slice, 'step' is one of it's arguments.
int_ind : int or None, optional, default='None'
    If 'obj' is int, 'int_ind' is the index before which'values' is inserted
axis : int or None, optional, default='None'
    Axis along which to insert `values`.
@@ _npi_diff
n : int, optional, default='1'
    The number of times values are differenced. If zero, the input is returned as-is.
axis : int, optional, default='-1'
    Axis along which the cumulative sum is computed. The default (None) is to compute the diff over the flattened array.
@@ _npi_dsplit _npi_hsplit _split_v2
indices : Shape(tuple), required
    Indices of splits. The elements should denote the boundaries of at which split is performed along the `axis`.
axis : int, optional, default='1'
    Axis along which to split.
squeeze_axis : boolean, optional, default=0
    If true, Removes the axis with length 1 from the shapes of the output arrays. **Note** that setting `squeeze_axis` to ``true`` removes axis with length 1 only along the `axis` which it is split. Also `squeeze_axis` can be set to ``true`` only if ``input.shape[axis] == num_outputs``.
sections : int, optional, default='0'
    Number of sections if equally splitted. Default to 0 which means split by indices.
@@ _npi_ediff1d
to_begin_arr_given : boolean, optional, default=0
    To determine whether the `to_begin` parameter is an array.
to_end_arr_given : boolean, optional, default=0
    To determine whether the `to_end` parameter is an array.
to_begin_scalar : double or None, optional, default=None
    If the `to_begin`is a scalar, the value of this parameter.
to_end_scalar : double or None, optional, default=None
    If the `to_end`is a scalar, the value of this parameter.
@@ _npi_eigh _npi_eigvalsh
UPLO : , optional, default=L
    Specifies whether the calculation is done with the lower or upper triangular part.
@@ _npi_einsum
num_args : int, required
    Number of input arrays.
subscripts : string, optional, default=''
    Specifies the subscripts for summation as comma separated list of subscript labels. An implicit (classical Einstein summation) calculation is performed unless the explicit indicator '->' is included as well as subscript labels of the precise output form.
optimize : int, optional, default='0'
@@ _npi_exponential _npi_rayleigh
scale : float or None, optional, default=1
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
@@ _npi_eye
N : long, required
    Number of rows in the output.
M : , optional, default=None
    Number of columns in the output. If None, defaults to N.
k : long, optional, default=0
    Index of the diagonal. 0 (the default) refers to the main diagonal,a positive value refers to an upper diagonal.and a negative value to a lower diagonal.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Data-type of the returned array.
@@ _npi_flip
axis : Shape(tuple), required
    The axis which to flip elements.
@@ _npi_full_like
fill_value : double, required
    Value with which to fill newly created tensor
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {None, 'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='None'
    Target data type.
@@ _npi_gamma
shape : float or None, required
scale : float or None, required
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [xpu|xpu|xpu_pinned](n). Only used for imperative calls.
dtype : {'float16', 'float32', 'float64'},optional, default='float32'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _npi_gumbel _npi_logistic
loc : float or None, required
scale : float or None, required
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
@@ _npi_identity _npi_ones _npi_zeros _ones _zeros
shape : Shape(tuple), optional, default=[]
    The shape of the output
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
@@ _npi_indices
dimensions : Shape(tuple), required
    The shape of the grid.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='int32'
    Target data type.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
@@ _npi_insert_scalar
val : double or None, optional, default=None
    A scaler to be inserted into 'array'
start : int or None, optional, default='None'
    If 'obj' is slice, 'start' is one of it's arguments.
stop : int or None, optional, default='None'
    If 'obj' is slice, 'stop' is one of it's arguments.
step : int or None, optional, default='None'
    If 'obj' is slice, 'step' is one of it's arguments.
int_ind : int or None, optional, default='None'
    If 'obj' is int, 'int_ind' is the index before which'values' is inserted
axis : int or None, optional, default='None'
    Axis along which to insert 'values'.
@@ _npi_logspace
start : double, required
    The starting value of the sequence.
stop : double, required
    The ending value of the sequence
num : int, required
    Number of samples to generate. Must be non-negative.
endpoint : boolean, optional, default=1
    If True, stop is the last sample. Otherwise, it is not included.
base : double, optional, default=10
    The base of the log space. The step size between the elements in ln(samples) / ln(base) (or log_base(samples)) is uniform.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n).Only used for imperative calls.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    Target data type.
@@ _npi_nan_to_num
copy : boolean, optional, default=1
    Whether to create a copy of `x` (True) or to replace valuesin-place (False). The in-place operation only occurs ifcasting to an array does not require a copy.Default is True.
nan : double, optional, default=0
    Value to be used to fill NaN values. If no value is passedthen NaN values will be replaced with 0.0.
posinf : double or None, optional, default=None
    Value to be used to fill positive infinity values.If no value is passed then positive infinity values will bereplaced with a very large number.
neginf : double or None, optional, default=None
    Value to be used to fill negative infinity values.If no value is passed then negative infinity valueswill be replaced with a very small (or negative) number.
@@ _npi_norm
ord : double, optional, default=2
    Order of the norm. inf means numpy’s inf object.
axis : Shape or None, optional, default=None
    If axis is an integer, it specifies the axis of x along
     which to compute the vector norms. If axis is a 2-tuple,
     it specifies the axes that hold 2-D matrices, and the matrix norms of
     these matrices are computed. If axis is None then either a vector norm (when x is 1-D)
     or a matrix norm (when x is 2-D) is returned.If axis is an integer,
     it specifies the axis of x along which to compute the vector norms.
     If axis is a 2-tuple, it specifies the axes that hold 2-D matrices,
     and the matrix norms of these matrices are computed. If axis is None then either a
     vector norm (when x is 1-D) or a matrix norm (when x is 2-D) is returned.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axis is left in the result as dimension with size one.
flag : int, optional, default='-1'
    Mapping relations between ord and flag.ord:  None,  'fro', 'nuc', 'inf'  '-inf'.flag:  0 ,    1,      2,    3,      4. 
@@ _npi_normal _npi_normal_n
loc : float or None, required
scale : float or None, required
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'float16', 'float32', 'float64'},optional, default='float32'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _npi_pad
pad_width : tuple of <Shape(tuple)>, required
    Number of values padded to the edges of each axis. ((before_1, after_1), … (before_N,after_N)) unique pad widths for each axis. ((before, after),) yields same before andafter pad for each axis. (pad,) or int is a shortcut for before = after = pad width for allaxes.
mode : {'constant', 'edge', 'maximum', 'minimum', 'reflect', 'symmetric'},optional, default='constant'
    Padding type to use. "constant" pads with `constant_value` "edge" pads using the edge values of the input array "reflect" Pads with the reflection of the vector mirroredon the first and last values of the vector along each axis. "symmetric" Pads with the reflection of the vector mirroredalong the edge of the array. "maximum" Pads with the maximum value of all or part of thevector along each axis. "minimum" Pads with the minimum value of all or part of thevector along each axis.
constant_value : double, optional, default=0
    Used in ‘constant’. The values to set the padded values for each axis.((before_1, after_1), ... (before_N, after_N)) unique pad constants foreach axis.((before, after),) yields same before and after constants for each axis.(constant,) or constant is a shortcut for before = after = constant for allaxes.Default is 0.
reflect_type : string, optional, default='even'
    Used in ‘reflect’, and ‘symmetric’. The ‘even’ style is the default with an unaltered reflection around the edge value. For the ‘odd’ style,the extended part of the array is created by subtracting the reflected values from two times the edge value.
@@ _npi_pareto _npi_weibull
a : float or None, optional, default=None
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
@@ _npi_percentile
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
interpolation : {'higher', 'linear', 'lower', 'midpoint', 'nearest'},optional, default='linear'
    his optional parameter specifies the interpolation method to use when thedesired percentile lies between two data points i < j
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
q_scalar : double or None, optional, default=None
    inqut q is a scalar
@@ _npi_pinv
hermitian : boolean, optional, default=0
    If True, A is assumed to be Hermitian (symmetric if real-valued).
@@ _npi_pinv_scalar_rcond
rcond : double, optional, default=1.0000000000000001e-15
    Cutoff for small singular values.
hermitian : boolean, optional, default=0
    If True, A is assumed to be Hermitian (symmetric if real-valued).
@@ _npi_powerd
a : float or None, optional, default=None
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
@@ _npi_rot90
k : int, optional, default='1'
    Number of times the array is rotated by 90 degrees.
axes : Shape or None, optional, default=None
     The array is rotated in the plane defined by the axes. Axes must be different.
@@ _npi_stack stack
axis : int, optional, default='0'
    The axis in the result array along which the input arrays are stacked.
num_args : int, required
    Number of inputs to be stacked.
@@ _npi_std _npi_var
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
dtype : {None, 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    The type of the returned array and of the accumulator in which the elements are summed. The dtype of a is used by default unless a has an integer dtype of less precision than the default platform integer. In that case, if a is signed then the platform integer is used while if a is unsigned then an unsigned integer of the same precision as the platform integer is used.
ddof : int, optional, default='0'
    Starting value for the sum.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
@@ _npi_tensordot
a_axes_summed : Shape(tuple), required
b_axes_summed : Shape(tuple), required
@@ _npi_tensordot_int_axes
axes : int, required
@@ _npi_tensorinv
ind : int, optional, default='2'
    Number of first indices that are involved in the inverse sum.
@@ _npi_tensorsolve
a_axes : Shape(tuple), optional, default=[]
    Tuple of ints, optional. Axes in a to reorder to the right, before inversion.
@@ _npi_tril
k : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. If input has shape (S0 S1) k must be between -S0 and S1
@@ _npi_uniform _npi_uniform_n
low : float or None, required
high : float or None, required
size : Shape or None, optional, default=None
    Output shape. If the given shape is, e.g., (m, n, k), then m * n * k samples are drawn. Default is None, in which case a single value is returned.
ctx : string, optional, default='cpu'
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'float16', 'float32', 'float64'},optional, default='float32'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _npi_unique
return_index : boolean, optional, default=0
    If true, return the indices of the input.
return_inverse : boolean, optional, default=0
    If true, return the indices of the input.
return_counts : boolean, optional, default=0
    If true, return the number of times each unique item appears in input.
axis : int or None, optional, default='None'
    An integer that represents the axis to operator on.
@@ _npi_vstack
num_args : int, required
    Number of inputs to be vstacked.
@@ _npi_where_lscalar _npi_where_rscalar
scalar : double, optional, default=0
    The scalar value of x/y.
@@ _npi_where_scalar2
x : double, optional, default=0
    The scalar value of x.
y : double, optional, default=0
    The scalar value of y.
@@ _npx_constraint_check
msg : string, optional, default='Constraint violated.'
    Error message raised when constraint violated
@@ _npx_reshape
newshape : Shape(tuple), required
    The new shape should be compatible with the original shape. If an integer, then the result will be a 1-D array of that length. One shape dimension can be -1. In this case, the value is inferred from the length of the array and remaining dimensions. -2 to -6 are used for data manipulation. -2 copy this dimension from the input to the output shape. -3 will skip current dimension if and only if the current dim size is one. -4 copy all remain of the input dimensions to the output shape. -5 use the product of two consecutive dimensions of the input shape as the output. -6 split one dimension of the input into two dimensions passed subsequent to -6 in the new shape.
reverse : boolean, optional, default=0
    If true then the special values are inferred from right to left
order : string, optional, default='C'
    Read the elements of a using this index order, and place the elements into the reshaped array using this index order. 'C' means to read/write the elements using C-like index order, with the last axis index changing fastest, back to the first axis index changing slowest. Note that currently only C-like order is supported
@@ one_hot
depth : int, required
    Depth of the one hot dimension.
on_value : double, optional, default=1
    The value assigned to the locations represented by indices.
off_value : double, optional, default=0
    The value assigned to the locations not represented by indices.
dtype : {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'},optional, default='float32'
    DType of the output
@@ Pad
mode : {'constant', 'edge', 'reflect'}, required
    Padding type to use. "constant" pads with `constant_value` "edge" pads using the edge values of the input array "reflect" pads by reflecting values with respect to the edges.
pad_width : Shape(tuple), required
    Widths of the padding regions applied to the edges of each axis. It is a tuple of integer padding widths for each axis of the format ``(before_1, after_1, ... , before_N, after_N)``. It should be of length ``2*N`` where ``N`` is the number of dimensions of the array.This is equivalent to pad_width in numpy.pad, but flattened.
constant_value : double, optional, default=0
    The value used for padding when `mode` is "constant".
@@ pick
axis : int or None, optional, default='-1'
    int or None. The axis to picking the elements. Negative values means indexing from right to left. If is `None`, the elements in the index w.r.t the flattened input will be picked.
keepdims : boolean, optional, default=0
    If true, the axis where we pick the elements is left in the result as dimension with size one.
mode : {'clip', 'wrap'},optional, default='clip'
    Specify how out-of-bound indices behave. Default is "clip". "clip" means clip to the range. So, if all indices mentioned are too large, they are replaced by the index that addresses the last element along an axis.  "wrap" means to wrap around.
@@ Pooling _contrib_quantized_pooling
kernel : Shape(tuple), optional, default=[]
    Pooling kernel size: (y, x) or (d, y, x)
pool_type : {'avg', 'lp', 'max', 'sum'},optional, default='max'
    Pooling type to be applied.
global_pool : boolean, optional, default=0
    Ignore kernel size, do global pooling based on current input feature map. 
cudnn_off : boolean, optional, default=0
    Turn off cudnn pooling and use MXNet pooling operator. 
pooling_convention : {'full', 'same', 'valid'},optional, default='valid'
    Pooling convention to be applied.
stride : Shape(tuple), optional, default=[]
    Stride: for pooling (y, x) or (d, y, x). Defaults to 1 for each dimension.
pad : Shape(tuple), optional, default=[]
    Pad for pooling: (y, x) or (d, y, x). Defaults to no padding.
p_value : int or None, optional, default='None'
    Value of p for Lp pooling, can be 1 or 2, required for Lp Pooling.
count_include_pad : boolean or None, optional, default=None
    Only used for AvgPool, specify whether to count padding elements for averagecalculation. For example, with a 5*5 kernel on a 3*3 corner of a image,the sum of the 9 valid elements will be divided by 25 if this is set to true,or it will be divided by 9 if this is set to false. Defaults to true.
layout : {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC', 'NWC'},optional, default='None'
    Set layout for input and output. Empty for
    default layout: NCW for 1d, NCHW for 2d and NCDHW for 3d.
@@ Pooling_v1
kernel : Shape(tuple), optional, default=[]
    pooling kernel size: (y, x) or (d, y, x)
pool_type : {'avg', 'max', 'sum'},optional, default='max'
    Pooling type to be applied.
global_pool : boolean, optional, default=0
    Ignore kernel size, do global pooling based on current input feature map. 
pooling_convention : {'full', 'valid'},optional, default='valid'
    Pooling convention to be applied.
stride : Shape(tuple), optional, default=[]
    stride: for pooling (y, x) or (d, y, x)
pad : Shape(tuple), optional, default=[]
    pad for pooling: (y, x) or (d, y, x)
@@ preloaded_multi_mp_sgd_mom_update preloaded_multi_sgd_mom_update
momentum : float, optional, default=0
    The decay rate of momentum estimates at each epoch.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
num_weights : int, optional, default='1'
    Number of updated weights.
@@ preloaded_multi_mp_sgd_update preloaded_multi_sgd_update
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
num_weights : int, optional, default='1'
    Number of updated weights.
@@ _random_exponential
lam : float, optional, default=1
    Lambda parameter (rate) of the exponential distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_exponential_like
lam : float, optional, default=1
    Lambda parameter (rate) of the exponential distribution.
@@ _random_gamma
alpha : float, optional, default=1
    Alpha parameter (shape) of the gamma distribution.
beta : float, optional, default=1
    Beta parameter (scale) of the gamma distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_gamma_like
alpha : float, optional, default=1
    Alpha parameter (shape) of the gamma distribution.
beta : float, optional, default=1
    Beta parameter (scale) of the gamma distribution.
@@ _random_generalized_negative_binomial
mu : float, optional, default=1
    Mean of the negative binomial distribution.
alpha : float, optional, default=1
    Alpha (dispersion) parameter of the negative binomial distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_generalized_negative_binomial_like
mu : float, optional, default=1
    Mean of the negative binomial distribution.
alpha : float, optional, default=1
    Alpha (dispersion) parameter of the negative binomial distribution.
@@ _random_negative_binomial
k : int, optional, default='1'
    Limit of unsuccessful experiments.
p : float, optional, default=1
    Failure probability in each experiment.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_negative_binomial_like
k : int, optional, default='1'
    Limit of unsuccessful experiments.
p : float, optional, default=1
    Failure probability in each experiment.
@@ _random_normal
loc : float, optional, default=0
    Mean of the distribution.
scale : float, optional, default=1
    Standard deviation of the distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_normal_like
loc : float, optional, default=0
    Mean of the distribution.
scale : float, optional, default=1
    Standard deviation of the distribution.
@@ _random_pdf_dirichlet _random_pdf_exponential _random_pdf_gamma _random_pdf_generalized_negative_binomial _random_pdf_negative_binomial _random_pdf_normal _random_pdf_poisson _random_pdf_uniform
is_log : boolean, optional, default=0
    If set, compute the density of the log-probability instead of the probability.
@@ _random_poisson
lam : float, optional, default=1
    Lambda parameter (rate) of the Poisson distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_poisson_like
lam : float, optional, default=1
    Lambda parameter (rate) of the Poisson distribution.
@@ _random_randint
low : long, required
    Lower bound of the distribution.
high : long, required
    Upper bound of the distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'int32', 'int64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to int32 if not defined (dtype=None).
@@ _random_uniform
low : float, optional, default=0
    Lower bound of the distribution.
high : float, optional, default=1
    Upper bound of the distribution.
shape : Shape(tuple), optional, default=None
    Shape of the output.
ctx : string, optional, default=''
    Context of output, in format [cpu|gpu|cpu_pinned](n). Only used for imperative calls.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _random_uniform_like
low : float, optional, default=0
    Lower bound of the distribution.
high : float, optional, default=1
    Upper bound of the distribution.
@@ ravel_multi_index unravel_index
shape : Shape(tuple), optional, default=None
    Shape of the array into which the multi-indices apply.
@@ repeat
repeats : int, required
    The number of repetitions for each element.
axis : int or None, optional, default='None'
    The axis along which to repeat values. The negative numbers are interpreted counting from the backward. By default, use the flattened input array, and return a flat output array.
@@ reshape
shape : Shape(tuple), optional, default=[]
    The target shape
reverse : boolean, optional, default=0
    If true then the special values are inferred from right to left
target_shape : Shape(tuple), optional, default=[]
    (Deprecated! Use ``shape`` instead.) Target new shape. One and only one dim can be 0, in which case it will be inferred from the rest of dims
keep_highest : boolean, optional, default=0
    (Deprecated! Use ``shape`` instead.) Whether keep the highest dim unchanged.If set to true, then the first dim in target_shape is ignored,and always fixed as input
@@ reshape_like
lhs_begin : int or None, optional, default='None'
    Defaults to 0. The beginning index along which the lhs dimensions are to be reshaped. Supports negative indices.
lhs_end : int or None, optional, default='None'
    Defaults to None. The ending index along which the lhs dimensions are to be used for reshaping. Supports negative indices.
rhs_begin : int or None, optional, default='None'
    Defaults to 0. The beginning index along which the rhs dimensions are to be used for reshaping. Supports negative indices.
rhs_end : int or None, optional, default='None'
    Defaults to None. The ending index along which the rhs dimensions are to be used for reshaping. Supports negative indices.
@@ reverse
axis : Shape(tuple), required
    The axis which to reverse elements.
@@ rmsprop_update
lr : float, required
    Learning rate
gamma1 : float, optional, default=0.949999988
    The decay rate of momentum estimates.
epsilon : float, optional, default=9.99999994e-09
    A small constant for numerical stability.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
clip_weights : float, optional, default=-1
    Clip weights to the range of [-clip_weights, clip_weights] If clip_weights <= 0, weight clipping is turned off. weights = max(min(weights, clip_weights), -clip_weights).
@@ rmspropalex_update
lr : float, required
    Learning rate
gamma1 : float, optional, default=0.949999988
    Decay rate.
gamma2 : float, optional, default=0.899999976
    Decay rate.
epsilon : float, optional, default=9.99999994e-09
    A small constant for numerical stability.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
clip_weights : float, optional, default=-1
    Clip weights to the range of [-clip_weights, clip_weights] If clip_weights <= 0, weight clipping is turned off. weights = max(min(weights, clip_weights), -clip_weights).
@@ RNN
state_size : int (non-negative), required
    size of the state for each layer
num_layers : int (non-negative), required
    number of stacked layers
bidirectional : boolean, optional, default=0
    whether to use bidirectional recurrent layers
mode : {'gru', 'lstm', 'rnn_relu', 'rnn_tanh'}, required
    the type of RNN to compute
p : float, optional, default=0
    drop rate of the dropout on the outputs of each RNN layer, except the last layer.
state_outputs : boolean, optional, default=0
    Whether to have the states as symbol outputs.
projection_size : int or None, optional, default='None'
    size of project size
lstm_state_clip_min : double or None, optional, default=None
    Minimum clip value of LSTM states. This option must be used together with lstm_state_clip_max.
lstm_state_clip_max : double or None, optional, default=None
    Maximum clip value of LSTM states. This option must be used together with lstm_state_clip_min.
lstm_state_clip_nan : boolean, optional, default=0
    Whether to stop NaN from propagating in state by clipping it to min/max. If clipping range is not specified, this option is ignored.
use_sequence_length : boolean, optional, default=0
    If set to true, this layer takes in an extra input parameter `sequence_length` to specify variable length sequence
@@ ROIPooling
pooled_size : Shape(tuple), required
    ROI pooling output shape (h,w) 
spatial_scale : float, required
    Ratio of input feature map height (or w) to raw image height (or w). Equals the reciprocal of total stride in convolutional layers
@@ _sample_exponential _sample_gamma _sample_generalized_negative_binomial _sample_negative_binomial _sample_normal _sample_poisson _sample_uniform
shape : Shape(tuple), optional, default=[]
    Shape to be sampled from each random distribution.
dtype : {'None', 'float16', 'float32', 'float64'},optional, default='None'
    DType of the output in case this can't be inferred. Defaults to float32 if not defined (dtype=None).
@@ _sample_multinomial
shape : Shape(tuple), optional, default=[]
    Shape to be sampled from each random distribution.
get_prob : boolean, optional, default=0
    Whether to also return the log probability of sampled result. This is usually used for differentiating through stochastic variables, e.g. in reinforcement learning.
dtype : {'float16', 'float32', 'float64', 'int32', 'uint8'},optional, default='int32'
    DType of the output in case this can't be inferred.
@@ scatter_nd
shape : Shape(tuple), required
    Shape of output.
@@ SequenceLast
use_sequence_length : boolean, optional, default=0
    If set to true, this layer takes in an extra input parameter `sequence_length` to specify variable length sequence
axis : int, optional, default='0'
    The sequence axis. Only values of 0 and 1 are currently supported.
@@ SequenceMask
use_sequence_length : boolean, optional, default=0
    If set to true, this layer takes in an extra input parameter `sequence_length` to specify variable length sequence
value : float, optional, default=0
    The value to be used as a mask.
axis : int, optional, default='0'
    The sequence axis. Only values of 0 and 1 are currently supported.
@@ SequenceReverse
use_sequence_length : boolean, optional, default=0
    If set to true, this layer takes in an extra input parameter `sequence_length` to specify variable length sequence
axis : int, optional, default='0'
    The sequence axis. Only 0 is currently supported.
@@ signsgd_update
lr : float, required
    Learning rate
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ signum_update
lr : float, required
    Learning rate
momentum : float, optional, default=0
    The decay rate of momentum estimates at each epoch.
wd : float, optional, default=0
    Weight decay augments the objective function with a regularization term that penalizes large weights. The penalty scales with the square of the magnitude of each weight.
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
wd_lh : float, optional, default=0
    The amount of weight decay that does not go into gradient/momentum calculationsotherwise do weight decay algorithmically only.
@@ _slice_assign slice
begin : Shape(tuple), required
    starting indices for the slice operation, supports negative indices.
end : Shape(tuple), required
    ending indices for the slice operation, supports negative indices.
step : Shape(tuple), optional, default=[]
    step for the slice operation, supports negative values.
@@ _slice_assign_scalar
scalar : double, optional, default=0
    The scalar value for assignment.
begin : Shape(tuple), required
    starting indices for the slice operation, supports negative indices.
end : Shape(tuple), required
    ending indices for the slice operation, supports negative indices.
step : Shape(tuple), optional, default=[]
    step for the slice operation, supports negative values.
@@ slice_axis
axis : int, required
    Axis along which to be sliced, supports negative indexes.
begin : int, required
    The beginning index along the axis to be sliced,  supports negative indexes.
end : int or None, required
    The ending index along the axis to be sliced,  supports negative indexes.
@@ slice_like
axes : Shape(tuple), optional, default=[]
    List of axes on which input data will be sliced according to the corresponding size of the second input. By default will slice on all axes. Negative axes are supported.
@@ SliceChannel
num_outputs : int, required
    Number of splits. Note that this should evenly divide the length of the `axis`.
axis : int, optional, default='1'
    Axis along which to split.
squeeze_axis : boolean, optional, default=0
    If true, Removes the axis with length 1 from the shapes of the output arrays. **Note** that setting `squeeze_axis` to ``true`` removes axis with length 1 only along the `axis` which it is split. Also `squeeze_axis` can be set to ``true`` only if ``input.shape[axis] == num_outputs``.
@@ SoftmaxActivation
mode : {'channel', 'instance'},optional, default='instance'
    Specifies how to compute the softmax. If set to ``instance``, it computes softmax for each instance. If set to ``channel``, It computes cross channel softmax for each position of each instance.
@@ SoftmaxOutput
grad_scale : float, optional, default=1
    Scales the gradient by a float factor.
ignore_label : float, optional, default=-1
    The instances whose `labels` == `ignore_label` will be ignored during backward, if `use_ignore` is set to ``true``).
multi_output : boolean, optional, default=0
    If set to ``true``, the softmax function will be computed along axis ``1``. This is applied when the shape of input array differs from the shape of label array.
use_ignore : boolean, optional, default=0
    If set to ``true``, the `ignore_label` value will not contribute to the backward gradient.
preserve_shape : boolean, optional, default=0
    If set to ``true``, the softmax function will be computed along the last axis (``-1``).
normalization : {'batch', 'null', 'valid'},optional, default='null'
    Normalizes the gradient.
out_grad : boolean, optional, default=0
    Multiplies gradient with output gradient element-wise.
smooth_alpha : float, optional, default=0
    Constant for computing a label smoothed version of cross-entropyfor the backwards pass.  This constant gets subtracted from theone-hot encoding of the gold label and distributed uniformly toall other labels.
@@ sort
axis : int or None, optional, default='-1'
    Axis along which to choose sort the input tensor. If not given, the flattened array is used. Default is -1.
is_ascend : boolean, optional, default=1
    Whether to sort in ascending or descending order.
@@ _sparse_adagrad_update
lr : float, required
    Learning rate
epsilon : float, optional, default=1.00000001e-07
    epsilon
wd : float, optional, default=0
    weight decay
rescale_grad : float, optional, default=1
    Rescale gradient to grad = rescale_grad*grad.
clip_gradient : float, optional, default=-1
    Clip gradient to the range of [-clip_gradient, clip_gradient] If clip_gradient <= 0, gradient clipping is turned off. grad = max(min(grad, clip_gradient), -clip_gradient).
@@ SpatialTransformer
target_shape : Shape(tuple), optional, default=[0,0]
    output shape(h, w) of spatial transformer: (y, x)
transform_type : {'affine'}, required
    transformation type
sampler_type : {'bilinear'}, required
    sampling type
cudnn_off : boolean or None, optional, default=None
    whether to turn cudnn off
@@ _square_sum max mean min nanprod nansum prod sum
axis : Shape or None, optional, default=None
    The axis or axes along which to perform the reduction.

      The default, `axis=()`, will compute over all elements into a
      scalar array with shape `(1,)`.

      If `axis` is int, a reduction is performed on a particular axis.

      If `axis` is a tuple of ints, a reduction is performed on all the axes
      specified in the tuple.

      If `exclude` is true, reduction will be performed on the axes that are
      NOT in axis instead.

      Negative values means indexing from right to left.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
exclude : boolean, optional, default=0
    Whether to perform reduction on axis that are NOT in axis instead.
@@ SVMOutput
margin : float, optional, default=1
    The loss function penalizes outputs that lie outside this margin. Default margin is 1.
regularization_coefficient : float, optional, default=1
    Regularization parameter for the SVM. This balances the tradeoff between coefficient size and error.
use_linear : boolean, optional, default=0
    Whether to use L1-SVM objective. L2-SVM objective is used by default.
@@ SwapAxis
dim1 : int, optional, default='0'
    the first axis to be swapped.
dim2 : int, optional, default='0'
    the second axis to be swapped.
@@ take
axis : int, optional, default='0'
    The axis of input array to be taken.For input tensor of rank r, it could be in the range of [-r, r-1]
mode : {'clip', 'raise', 'wrap'},optional, default='clip'
    Specify how out-of-bound indices bahave. Default is "clip". "clip" means clip to the range. So, if all indices mentioned are too large, they are replaced by the index that addresses the last element along an axis. "wrap" means to wrap around. "raise" means to raise an error when index out of range.
@@ tile
reps : Shape(tuple), required
    The number of times for repeating the tensor a. Each dim size of reps must be a positive integer. If reps has length d, the result will have dimension of max(d, a.ndim); If a.ndim < d, a is promoted to be d-dimensional by prepending new axes. If a.ndim > d, reps is promoted to a.ndim by pre-pending 1's to it.
@@ topk
axis : int or None, optional, default='-1'
    Axis along which to choose the top k indices. If not given, the flattened array is used. Default is -1.
k : int, optional, default='1'
    Number of top elements to select, should be always smaller than or equal to the element number in the given axis. A global sort is performed if set k < 1.
ret_typ : {'both', 'indices', 'mask', 'value'},optional, default='indices'
    The return type.
 "value" means to return the top k values, "indices" means to return the indices of the top k values, "mask" means to return a mask array containing 0 and 1. 1 means the top k values. "both" means to return a list of both values and indices of top k elements.
is_ascend : boolean, optional, default=0
    Whether to choose k largest or k smallest elements. Top K largest elements will be chosen if set to false.
dtype : {'float16', 'float32', 'float64', 'int32', 'int64', 'uint8'},optional, default='float32'
    DType of the output indices when ret_typ is "indices" or "both". An error will be raised if the selected data type cannot precisely represent the indices.
@@ transpose
axes : Shape(tuple), optional, default=[]
    Target axis order. By default the axes will be inverted.
@@ UpSampling
scale : int, required
    Up sampling scale
num_filter : int, optional, default='0'
    Input filter. Only used by bilinear sample_type.Since bilinear upsampling uses deconvolution, num_filters is set to the number of channels.
sample_type : {'bilinear', 'nearest'}, required
    upsampling method
multi_input_mode : {'concat', 'sum'},optional, default='concat'
    How to handle multiple input. concat means concatenate upsampled images along the channel dimension. sum means add all images together, only available for nearest neighbor upsampling.
num_args : int, required
    Number of inputs to be upsampled. For nearest neighbor upsampling, this can be 1-N; the size of output will be(scale*h_0,scale*w_0) and all other inputs will be upsampled to thesame size. For bilinear upsampling this must be 2; 1 input and 1 weight.
workspace : long (non-negative), optional, default=512
    Tmp workspace for deconvolution (MB)
'''
_LISTS = None


def declared_parameters(op_name):
    """The list of ``op_name``'s parameters as MXNet prints it below "Possible Arguments:" (None if not known)."""
    global _LISTS
    if _LISTS is None:
        lists = {}
        for section in _TEXT.split("\n@@ ")[1:]:
            names, _, listed = section.partition("\n")
            lists.update(dict.fromkeys(names.split(), listed.rstrip("\n")))
        _LISTS = lists
    return _LISTS.get(op_name)


def declared_names(op_name):
    """The names of ``op_name``'s parameters in declaration order (None if not known)."""
    listed = declared_parameters(op_name)
    return None if listed is None else [line.split(" : ", 1)[0] for line in listed.split("\n")
                                        if " : " in line and not line.startswith(" ")]


def declared_required(op_name):
    """The names of ``op_name``'s required parameters (empty if not known)."""
    listed = declared_parameters(op_name) or ""
    return [line.split(" : ", 1)[0] for line in listed.split("\n")
            if " : " in line and not line.startswith(" ") and line.endswith(", required")]


def declared_type(op_name, key):
    """The type ``op_name`` declares for parameter ``key`` as MXNet's "not presented" message names it (an
    enumeration is read as an int); None if not known."""
    for line in (declared_parameters(op_name) or "").split("\n"):
        if line.startswith(key + " : "):
            kind = line[len(key) + 3:].rsplit(", required", 1)[0].split(", optional")[0].split(",optional")[0]
            return "int" if kind.startswith("{") else kind
    return None


def unknown_argument(op_name, key, tail, fallback=""):
    """MXNet's words refusing argument ``key`` of ``op_name``: its parameters listed, then ``tail`` (the operator
    with the attributes it was given; empty for a parser that does not name it). ``fallback``: the list where the
    operator's own is not known."""
    listed = declared_parameters(op_name)
    listed = fallback if listed is None else listed
    tail = "\n" + tail if tail else ""
    return f"Cannot find argument '{key}', Possible Arguments:\n----------------\n{listed}{tail}"
