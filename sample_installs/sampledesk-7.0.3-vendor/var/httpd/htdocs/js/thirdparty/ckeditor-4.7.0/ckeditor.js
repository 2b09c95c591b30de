/* CKEditor 4.7.0 */
window.CKEDITOR={};
